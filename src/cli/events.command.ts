import { Command, CommandRunner, Option } from 'nest-commander';
import { EventRetentionService } from '../events/event-retention.service';
import { EventsService } from '../events/events.service';
import { CliOutput } from './cli-output';

export interface EventsCommandOptions {
  prune?: boolean;
  keep?: string;
  verify?: boolean;
}

@Command({
  name: 'events',
  description: 'Event log: --prune --keep <n> (keep the newest n rows) | --verify (walk the hash chain)',
})
export class EventsCommand extends CommandRunner {
  constructor(
    private readonly events: EventsService,
    private readonly retention: EventRetentionService,
    private readonly output: CliOutput,
  ) {
    super();
  }

  async run(_args: string[], options: EventsCommandOptions = {}): Promise<void> {
    if (Boolean(options.prune) === Boolean(options.verify)) {
      return this.output.fail('Give exactly one of --prune --keep <n>, --verify (see: events --help)');
    }
    if (options.verify) {
      const result = await this.events.verifyChain();
      const from = result.anchor_id === undefined ? 'the genesis' : `anchor #${result.anchor_id}`;
      if (result.ok) return this.output.line(`Chain OK: ${result.checked} rows from ${from} up to #${result.last_event_id ?? 0}`);
      return this.output.fail(`Chain BROKEN at #${result.first_broken_id}: ${result.reason} (${result.checked} rows OK from ${from})`);
    }
    const keep = Number(options.keep);
    if (options.keep === undefined || !/^\d+$/.test(options.keep) || !Number.isSafeInteger(keep) || keep < 1) {
      return this.output.fail('--prune needs --keep <n>, a positive integer');
    }
    const result = await this.retention.prune({ keepLast: keep, actor: 'cli' });
    if (!result.pruned) return this.output.line(`Nothing to prune: the log holds at most ${keep} rows.`);
    this.output.line(`Pruned ${result.pruned} rows through #${result.anchor!.id}; the log now holds #${result.oldest_id}..#${result.latest_id}.`);
    this.output.line(`Retention anchor: #${result.anchor!.id} ${result.anchor!.hash}`);
  }

  @Option({ flags: '--prune', description: 'Delete all but the newest --keep rows (recording the chain anchor)' })
  parsePrune(): boolean {
    return true;
  }

  @Option({ flags: '--keep <n>', description: 'How many of the newest rows --prune keeps' })
  parseKeep(value: string): string {
    return value;
  }

  @Option({ flags: '--verify', description: 'Verify the hash chain (from the retention anchor, if any)' })
  parseVerify(): boolean {
    return true;
  }
}
