import type { AuthService } from '../auth/auth.service';
import type { EventRetentionService } from '../events/event-retention.service';
import type { EventsService } from '../events/events.service';
import type { SeedResult, SeedService } from '../seed/seed.service';
import { CliOutput } from './cli-output';
import { EventsCommand } from './events.command';
import { SeedCommand } from './seed.command';
import { TokenCommand } from './token.command';

class CapturedOutput extends CliOutput {
  readonly lines: string[] = [];
  readonly errors: string[] = [];
  override line(text = ''): void {
    this.lines.push(text);
  }
  override fail(text: string): void {
    this.errors.push(text);
    this.exitCode = 1;
  }
}

const counts = (inserted = 0, updated = 0, removed = 0) => ({ inserted, updated, removed });

describe('TokenCommand', () => {
  let auth: jest.Mocked<Pick<AuthService, 'rotateFounderToken' | 'createToken' | 'listTokens' | 'revokeToken'>>;
  let output: CapturedOutput;
  let sut: TokenCommand;

  beforeEach(() => {
    auth = {
      rotateFounderToken: jest.fn().mockResolvedValue('daena_rotated'),
      createToken: jest.fn().mockResolvedValue('daena_created'),
      listTokens: jest.fn().mockResolvedValue([
        { id: 'ab12cd34', role: 'viewer', label: 'dashboard', created_at: '2026-01-01T00:00:00.000Z' },
      ]),
      revokeToken: jest.fn().mockResolvedValue(true),
    };
    output = new CapturedOutput();
    sut = new TokenCommand(auth as unknown as AuthService, output);
  });

  it('--rotate prints the new founder token once', async () => {
    await sut.run([], { rotate: true });
    expect(auth.rotateFounderToken).toHaveBeenCalledTimes(1);
    expect(output.lines.filter((l) => l === 'daena_rotated')).toHaveLength(1);
    expect(output.exitCode).toBe(0);
  });

  it('--create --role viewer --label x', async () => {
    await sut.run([], { create: true, role: 'viewer', label: ' wall screen ' });
    expect(auth.createToken).toHaveBeenCalledWith('viewer', 'wall screen');
    expect(output.lines).toContain('daena_created');
  });

  it('--create without a valid role fails', async () => {
    await sut.run([], { create: true });
    await sut.run([], { create: true, role: 'admin' });
    expect(auth.createToken).not.toHaveBeenCalled();
    expect(output.exitCode).toBe(1);
  });

  it('--list prints ids, roles, dates and labels, never hashes', async () => {
    await sut.run([], { list: true });
    expect(output.lines).toHaveLength(2);
    expect(output.lines[1]).toMatch(/^ab12cd34\s+viewer\s+2026-01-01T00:00:00.000Z\s+dashboard$/);
    expect(output.lines.join('\n')).not.toMatch(/hash/);
  });

  it('--revoke <id> reports an unknown id as a failure', async () => {
    await sut.run([], { revoke: 'ab12cd34' });
    expect(auth.revokeToken).toHaveBeenCalledWith('ab12cd34');
    expect(output.exitCode).toBe(0);
    auth.revokeToken.mockResolvedValueOnce(false);
    await sut.run([], { revoke: 'nope' });
    expect(output.errors[0]).toContain("'nope'");
    expect(output.exitCode).toBe(1);
  });

  it('needs exactly one action', async () => {
    await sut.run([], {});
    await sut.run([], { list: true, rotate: true });
    expect(output.errors).toHaveLength(2);
    expect(auth.listTokens).not.toHaveBeenCalled();
    expect(auth.rotateFounderToken).not.toHaveBeenCalled();
  });
});

describe('SeedCommand', () => {
  const result: SeedResult = {
    reset: true,
    changed: true,
    inserted: 0,
    updated: 2,
    removed: 1,
    changes: {
      departments: counts(),
      agents: counts(0, 2, 1),
      councils: counts(),
      council_members: counts(),
      chat_categories: { changed: 0 },
      config_defaults: { inserted: 0 },
    },
    totals: { departments: 12, agents: 72, councils: 4, council_members: 20, chat_categories: 5, config_keys: 6 },
    event_id: 42,
  };

  it('runs the seed (with --reset) as the cli actor and prints the counts', async () => {
    const seed = { run: jest.fn().mockResolvedValue(result) };
    const output = new CapturedOutput();
    await new SeedCommand(seed as unknown as SeedService, output).run([], { reset: true });
    expect(seed.run).toHaveBeenCalledWith({ reset: true, actor: 'cli' });
    expect(output.lines[0]).toBe('Seed --reset: 0 inserted, 2 updated, 1 removed (event #42)');
    expect(output.lines.find((l) => l.includes('agents'))).toMatch(/agents\s+72\s+\(inserted 0, updated 2, removed 1\)/);
  });

  it('says so when nothing changed', async () => {
    const seed = { run: jest.fn().mockResolvedValue({ ...result, reset: false, changed: false, event_id: null }) };
    const output = new CapturedOutput();
    await new SeedCommand(seed as unknown as SeedService, output).run([], {});
    expect(seed.run).toHaveBeenCalledWith({ reset: false, actor: 'cli' });
    expect(output.lines[0]).toBe('Seed: nothing to change');
  });
});

describe('EventsCommand', () => {
  const anchor = { id: 40, hash: 'f'.repeat(64) };
  let events: jest.Mocked<Pick<EventsService, 'verifyChain'>>;
  let retention: jest.Mocked<Pick<EventRetentionService, 'prune'>>;
  let output: CapturedOutput;
  let sut: EventsCommand;

  beforeEach(() => {
    events = {
      verifyChain: jest.fn().mockResolvedValue({ ok: true, checked: 12, last_event_id: 52, first_broken_id: null, reason: null, anchor_id: 40 }),
    };
    retention = { prune: jest.fn().mockResolvedValue({ pruned: 40, anchor, oldest_id: 41, latest_id: 52 }) };
    output = new CapturedOutput();
    sut = new EventsCommand(events as unknown as EventsService, retention as unknown as EventRetentionService, output);
  });

  it('--prune --keep <n> prunes as the cli actor and prints the new anchor', async () => {
    await sut.run([], { prune: true, keep: '10' });
    expect(retention.prune).toHaveBeenCalledWith({ keepLast: 10, actor: 'cli' });
    expect(output.lines).toEqual(['Pruned 40 rows through #40; the log now holds #41..#52.', `Retention anchor: #40 ${anchor.hash}`]);
    expect(output.exitCode).toBe(0);
  });

  it('--prune refuses a missing or non-positive --keep', async () => {
    for (const keep of [undefined, '0', '-3', '1.5', 'ten', '1e3']) await sut.run([], { prune: true, keep });
    expect(retention.prune).not.toHaveBeenCalled();
    expect(output.errors).toHaveLength(6);
    expect(output.exitCode).toBe(1);
  });

  it('--verify reports the anchor it started from, and fails on a broken chain', async () => {
    await sut.run([], { verify: true });
    expect(output.lines).toEqual(['Chain OK: 12 rows from anchor #40 up to #52']);
    events.verifyChain.mockResolvedValueOnce({ ok: false, checked: 3, last_event_id: 43, first_broken_id: 44, reason: 'hash does not match the row content' });
    await sut.run([], { verify: true });
    expect(output.errors).toEqual(['Chain BROKEN at #44: hash does not match the row content (3 rows OK from the genesis)']);
    expect(output.exitCode).toBe(1);
  });

  it('needs exactly one action', async () => {
    await sut.run([], {});
    await sut.run([], { prune: true, keep: '5', verify: true });
    expect(output.errors).toHaveLength(2);
    expect(retention.prune).not.toHaveBeenCalled();
    expect(events.verifyChain).not.toHaveBeenCalled();
  });
});
