import { Command, CommandRunner, Option } from 'nest-commander';
import { AuthService } from '../auth/auth.service';
import type { Role } from '../auth/principal';
import { CliOutput } from './cli-output';

export interface TokenCommandOptions {
  rotate?: boolean;
  create?: boolean;
  role?: string;
  label?: string;
  list?: boolean;
  revoke?: string;
}

const ROLES: Role[] = ['founder', 'viewer'];
const ACTIONS = ['rotate', 'create', 'list', 'revoke'] as const;

@Command({
  name: 'token',
  description: 'API tokens: --rotate | --create --role viewer|founder [--label x] | --list | --revoke <id>',
})
export class TokenCommand extends CommandRunner {
  constructor(
    private readonly auth: AuthService,
    private readonly output: CliOutput,
  ) {
    super();
  }

  async run(_args: string[], options: TokenCommandOptions = {}): Promise<void> {
    const actions = ACTIONS.filter((action) => options[action] !== undefined && options[action] !== false);
    if (actions.length !== 1) {
      return this.output.fail('Give exactly one of --rotate, --create, --list, --revoke <id> (see: token --help)');
    }
    switch (actions[0]) {
      case 'rotate': {
        const token = await this.auth.rotateFounderToken();
        this.output.line('New founder token (shown once; every previous founder token is revoked):');
        return this.output.line(token);
      }
      case 'create': {
        if (!options.role || !ROLES.includes(options.role as Role)) {
          return this.output.fail('--create needs --role viewer|founder');
        }
        const token = await this.auth.createToken(options.role as Role, options.label?.trim() || null);
        this.output.line(`New ${options.role} token (shown once):`);
        return this.output.line(token);
      }
      case 'list': {
        const tokens = await this.auth.listTokens();
        if (!tokens.length) return this.output.line('No stored tokens (AUTH_TOKEN from the environment is not listed).');
        this.output.line(['id'.padEnd(10), 'role'.padEnd(8), 'created_at'.padEnd(25), 'label'].join(' '));
        for (const t of tokens) {
          this.output.line([t.id.padEnd(10), t.role.padEnd(8), t.created_at.padEnd(25), t.label ?? ''].join(' '));
        }
        return;
      }
      case 'revoke': {
        const id = options.revoke!;
        if (!(await this.auth.revokeToken(id))) return this.output.fail(`No token with id '${id}'`);
        return this.output.line(`Token ${id} revoked.`);
      }
    }
  }

  @Option({ flags: '--rotate', description: 'Replace every founder token with a new one' })
  parseRotate(): boolean {
    return true;
  }

  @Option({ flags: '--create', description: 'Create a token (needs --role)' })
  parseCreate(): boolean {
    return true;
  }

  @Option({ flags: '--role <role>', description: 'Role of the new token', choices: ROLES })
  parseRole(value: string): string {
    return value;
  }

  @Option({ flags: '--label <label>', description: 'A note to recognise the token by' })
  parseLabel(value: string): string {
    return value;
  }

  @Option({ flags: '--list', description: 'List stored tokens (ids, roles, labels, dates; never hashes)' })
  parseList(): boolean {
    return true;
  }

  @Option({ flags: '--revoke <id>', description: 'Revoke the token with this id' })
  parseRevoke(value: string): string {
    return value;
  }
}
