import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { AllConfig } from '../config/configuration';
import { SettingsService } from '../config/settings/settings.service';
import { Principal, Role } from './principal';

export const TOKENS_KEY = 'auth.tokens';
const CACHE_MS = 1000;

interface StoredToken {
  id: string;
  role: Role;
  hash: string;
  label: string | null;
  created_at: string;
}

const sha256 = (value: string) => createHash('sha256').update(value).digest();
const newToken = () => `daena_${randomBytes(32).toString('base64url')}`;

/** Bearer tokens: only SHA-256 hashes are stored (in SystemConfig); comparisons are constant-time. */
@Injectable()
export class AuthService implements OnModuleInit {
  private readonly logger = new Logger(AuthService.name);
  private cache: { at: number; tokens: StoredToken[] } | null = null;
  private readonly envTokenHash: Buffer | null;
  /** Generated at start when no founder token exists; stored only once it can be shown (claimGeneratedFounderToken). */
  private pendingFounderToken: string | null = null;

  constructor(
    private readonly settings: SettingsService,
    config: ConfigService<AllConfig, true>,
  ) {
    const token = config.get('auth', { infer: true }).token;
    this.envTokenHash = token ? sha256(token) : null;
  }

  async onModuleInit(): Promise<void> {
    if (this.envTokenHash) return;
    const tokens = await this.storedTokens(true);
    if (!tokens.some((t) => t.role === 'founder')) this.pendingFounderToken = newToken();
  }

  /**
   * Stores the founder token generated at start and returns it, for the caller to show once (main.ts
   * once the server listens, the CLI before its command). A start that fails before this stored
   * nothing, so the next start generates and shows one: a token is never kept that nobody saw.
   */
  async claimGeneratedFounderToken(): Promise<string | null> {
    const token = this.pendingFounderToken;
    if (!token) return null;
    this.pendingFounderToken = null;
    if ((await this.storedTokens(true)).some((t) => t.role === 'founder')) return null; // another process was first
    await this.addToken('founder', 'generated on first start', false, token);
    this.logger.debug('No AUTH_TOKEN set and no founder token stored: generated one (printed once on stdout).');
    return token;
  }

  async authenticate(token: unknown): Promise<Principal | null> {
    if (typeof token !== 'string' || token.length < 16 || token.length > 512) return null;
    const presented = sha256(token);
    if (this.envTokenHash && timingSafeEqual(presented, this.envTokenHash)) return { role: 'founder', tokenId: 'env' };
    let match: StoredToken | null = null;
    // Compare against every stored hash so that timing does not reveal which one matched.
    for (const stored of await this.storedTokens()) {
      if (timingSafeEqual(presented, Buffer.from(stored.hash, 'hex')) && !match) match = stored;
    }
    return match ? { role: match.role, tokenId: match.id } : null;
  }

  /** Replaces every stored founder token with a new one and returns it (shown once). */
  async rotateFounderToken(): Promise<string> {
    return this.addToken('founder', 'rotated', true);
  }

  createToken(role: Role, label: string | null): Promise<string> {
    return this.addToken(role, label, false);
  }

  async listTokens(): Promise<Array<Omit<StoredToken, 'hash'>>> {
    return (await this.storedTokens(true)).map(({ hash: _hash, ...rest }) => rest);
  }

  async revokeToken(id: string): Promise<boolean> {
    let found = false;
    await this.settings.update<StoredToken[]>(
      TOKENS_KEY,
      (tokens = []) => {
        found = tokens.some((t) => t.id === id);
        return tokens.filter((t) => t.id !== id);
      },
      { type: 'json', sensitive: true, actor: 'cli' },
    );
    this.cache = null;
    return found;
  }

  private async addToken(role: Role, label: string | null, replaceSameRole: boolean, token = newToken()): Promise<string> {
    const added: StoredToken = { id: randomUUID().slice(0, 8), role, hash: sha256(token).toString('hex'), label, created_at: new Date().toISOString() };
    // Read and written in one transaction: another process (CLI, second server) may add one meanwhile.
    await this.settings.update<StoredToken[]>(TOKENS_KEY, (tokens = []) => [...tokens.filter((t) => !(replaceSameRole && t.role === role)), added], {
      type: 'json',
      sensitive: true,
      description: 'API token hashes (SHA-256) and roles',
      actor: 'system',
    });
    this.cache = null;
    return token;
  }

  /** Cached briefly: a token rotated by the CLI in another process is honoured within a second. */
  private async storedTokens(fresh = false): Promise<StoredToken[]> {
    if (!fresh && this.cache && Date.now() - this.cache.at < CACHE_MS) return this.cache.tokens;
    const tokens = (await this.settings.get<StoredToken[]>(TOKENS_KEY)) ?? [];
    this.cache = { at: Date.now(), tokens };
    return tokens;
  }
}
