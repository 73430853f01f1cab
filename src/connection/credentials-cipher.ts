import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Credentials at rest: AES-256-GCM, a fresh random 12-byte IV per write, 16-byte auth tag. The stored
 * text is JSON `{ v: 1, alg, fields, iv, tag, data }` (base64 iv/tag/data). The field NAMES stay
 * readable without the key (lists show them) and are bound, with the tool name, as additional
 * authenticated data, so editing either, the IV, the tag or the ciphertext makes decryption fail.
 */
export interface SealedCredentials {
  v: 1;
  alg: 'aes-256-gcm';
  fields: string[];
  iv: string;
  tag: string;
  data: string;
}

export type Credentials = Record<string, string>;

export class CredentialsUnreadableError extends Error {
  constructor() {
    super('credentials cannot be decrypted');
  }
}

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;

function aad(toolName: string, fields: string[]): Buffer {
  return Buffer.from(`daena.connection.v1\n${toolName}\n${fields.join(',')}`, 'utf8');
}

export function sealCredentials(key: Buffer, toolName: string, credentials: Credentials): string {
  const fields = Object.keys(credentials).sort();
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv);
  cipher.setAAD(aad(toolName, fields));
  const plaintext = Buffer.from(JSON.stringify(credentials), 'utf8');
  const data = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  plaintext.fill(0);
  const sealed: SealedCredentials = {
    v: 1,
    alg: ALGORITHM,
    fields,
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64'),
  };
  return JSON.stringify(sealed);
}

function parse(stored: string): SealedCredentials | null {
  try {
    const value = JSON.parse(stored) as Partial<SealedCredentials>;
    const ok =
      value?.v === 1 &&
      value.alg === ALGORITHM &&
      Array.isArray(value.fields) &&
      value.fields.every((f) => typeof f === 'string') &&
      typeof value.iv === 'string' &&
      typeof value.tag === 'string' &&
      typeof value.data === 'string';
    return ok ? (value as SealedCredentials) : null;
  } catch {
    return null;
  }
}

/** Throws CredentialsUnreadableError for a wrong key or any change to the stored text. */
export function openCredentials(key: Buffer, toolName: string, stored: string): Credentials {
  const sealed = parse(stored);
  if (!sealed) throw new CredentialsUnreadableError();
  try {
    const iv = Buffer.from(sealed.iv, 'base64');
    const tag = Buffer.from(sealed.tag, 'base64');
    if (iv.length !== IV_BYTES || tag.length !== 16) throw new CredentialsUnreadableError();
    const decipher = createDecipheriv(ALGORITHM, key, iv, { authTagLength: 16 });
    decipher.setAAD(aad(toolName, sealed.fields));
    decipher.setAuthTag(tag);
    const plaintext = Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]);
    const value = JSON.parse(plaintext.toString('utf8')) as unknown;
    plaintext.fill(0);
    if (!value || typeof value !== 'object' || Array.isArray(value)) throw new CredentialsUnreadableError();
    return value as Credentials;
  } catch {
    throw new CredentialsUnreadableError();
  }
}

/** The field names, readable without the key; [] when the stored text is not a sealed record. */
export function credentialFields(stored: string | null): string[] {
  if (!stored) return [];
  return parse(stored)?.fields ?? [];
}
