import { Command, CommandRunner, Option } from 'nest-commander';
import { SeedResult, SeedService } from '../seed/seed.service';
import { CliOutput } from './cli-output';

interface SeedCommandOptions {
  reset?: boolean;
}

@Command({ name: 'seed', description: 'Load the seed catalogue (idempotent); --reset puts it back to the seed values' })
export class SeedCommand extends CommandRunner {
  constructor(
    private readonly seed: SeedService,
    private readonly output: CliOutput,
  ) {
    super();
  }

  async run(_args: string[], options: SeedCommandOptions = {}): Promise<void> {
    const result = await this.seed.run({ reset: options.reset === true, actor: 'cli' });
    for (const line of formatSeedResult(result)) this.output.line(line);
  }

  @Option({ flags: '--reset', description: 'Rebuild departments, agents, councils and categories; chats, tasks and events stay' })
  parseReset(): boolean {
    return true;
  }
}

export function formatSeedResult(result: SeedResult): string[] {
  const { changes, totals } = result;
  const row = (label: string, total: number, detail: string) => `  ${label.padEnd(16)} ${String(total).padStart(4)}  ${detail}`;
  const counts = (c: { inserted: number; updated: number; removed: number }) =>
    `(inserted ${c.inserted}, updated ${c.updated}, removed ${c.removed})`;
  return [
    `Seed${result.reset ? ' --reset' : ''}: ${
      result.changed
        ? `${result.inserted} inserted, ${result.updated} updated, ${result.removed} removed (event #${result.event_id})`
        : 'nothing to change'
    }`,
    row('departments', totals.departments, counts(changes.departments)),
    row('agents', totals.agents, counts(changes.agents)),
    row('councils', totals.councils, counts(changes.councils)),
    row('council members', totals.council_members, counts(changes.council_members)),
    row('chat categories', totals.chat_categories, `(changed ${changes.chat_categories.changed})`),
    row('config keys', totals.config_keys, `(defaults inserted ${changes.config_defaults.inserted})`),
  ];
}
