import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { UnitOfWork } from '../database/unit-of-work';
import { EventLog } from '../events/entities/event-log.entity';
import { computeEventHash } from '../events/events.service';
import { BUNDLE_FORMAT, BUNDLE_VERSION, BundleError, BundleHeader, Manifest, Row, SectionHasher, SectionName, SECTIONS } from './bundle-format';
import { readLines } from './bundle-reader';
import { writeOrDryRun } from './dry-run';
import { naturalKey, TransferRepository } from './transfer.repository';

/** What the validation pass learnt: enough to check references and to plan the writes. */
export interface BundleInspection {
  header: BundleHeader;
  manifest: Manifest;
  counts: Record<string, number>;
}

export interface SectionReport {
  in_bundle: number;
  inserted: number;
  /** Already there with the same content (merge). */
  unchanged: number;
  /** Already there with other content: the database's version is kept. */
  conflicts: number;
  /** Not imported (the event log in a merge: two hash chains cannot be spliced). */
  skipped: number;
}

export interface ImportReport {
  /** `restore`: the database was empty, every row comes back with its id; `merge`: by natural keys. */
  mode: 'restore' | 'merge';
  dry_run: boolean;
  sections: Record<string, SectionReport>;
  conflicts: Array<{ section: string; key: string; reason: string }>;
  conflicts_total: number;
  notes: string[];
}

export interface ImportOptions {
  dryRun?: boolean;
  onProgress?: (phase: 'validate' | 'write', section: string, rows: number) => void;
}

/** Natural keys for merging into a non-empty database. */
const NATURAL_KEYS: Record<Exclude<SectionName, 'chat_messages' | 'event_log'>, string[]> = {
  chat_categories: ['name'],
  departments: ['slug'],
  agents: ['cell_id'],
  council_categories: ['slug'],
  council_members: ['category_id', 'name'],
  chat_sessions: ['session_id'],
  tasks: ['task_id'],
  voice_state: ['agent_id'],
  connections: ['tool_name'],
  system_config: ['config_key'],
  system_config_revisions: ['config_key', 'version'],
};

/** Columns holding the id of a row of another section (remapped in a merge). */
const REFERENCES: Partial<Record<SectionName, Record<string, SectionName>>> = {
  agents: { department_id: 'departments' },
  council_members: { category_id: 'council_categories' },
  chat_sessions: { category_id: 'chat_categories' },
};

/** Compared to decide "unchanged" vs "conflict": everything but ids and bookkeeping times. */
const NOT_COMPARED = new Set(['id', 'created_at', 'updated_at']);
const MAX_LISTED_CONFLICTS = 200;
const BATCH = 500;

@Injectable()
export class ImportService {
  constructor(
    private readonly repository: TransferRepository,
    private readonly uow: UnitOfWork,
  ) {}

  /**
   * Reads the whole bundle once without writing: format and version, every line's JSON, every row's
   * columns, references between sections, the event log's hash chain, each section's count and
   * SHA-256 against its end line and the manifest. The first problem throws a BundleError naming
   * the line and section.
   */
  async inspect(file: string, options: ImportOptions = {}): Promise<BundleInspection> {
    let header: BundleHeader | null = null;
    let manifest: Manifest | null = null;
    let section: SectionName | null = null;
    let hasher = new SectionHasher();
    let expected = 0;
    const ends: Record<string, { count: number; sha256: string }> = {};
    const ids: Partial<Record<SectionName, Set<number>>> = { departments: new Set(), council_categories: new Set(), chat_categories: new Set() };
    const sessionIds = new Set<string>();
    let lastMessageId = 0;
    let prevEvent: { id: number; hash: string } | null = null;
    let columns: Map<string, { nullable: boolean; date: boolean }> = new Map();
    let lastLine = 0;

    for await (const { text, line, terminated } of readLines(file)) {
      lastLine = line;
      const where = { line, section };
      if (!terminated) throw new BundleError('the file is cut short (its last line has no end)', where);
      if (manifest) throw new BundleError('content after the manifest', where);
      let parsed: Record<string, unknown>;
      try {
        parsed = JSON.parse(text) as Record<string, unknown>;
      } catch {
        throw new BundleError('not valid JSON', where);
      }
      const kind = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? Object.keys(parsed) : [];
      if (kind.length !== 1) throw new BundleError('a line must be an object with exactly one key (bundle, section, row, end or manifest)', where);
      const value = parsed[kind[0]];
      if (!header) {
        if (kind[0] !== 'bundle') throw new BundleError('not a Daena bundle (the first line must be its header)', where);
        header = value as BundleHeader;
        if (header?.format !== BUNDLE_FORMAT) throw new BundleError(`unknown format ${JSON.stringify(header?.format)}`, where);
        if (header.version !== BUNDLE_VERSION) throw new BundleError(`bundle version ${header.version} is not supported (this service reads version ${BUNDLE_VERSION})`, where);
        continue;
      }
      switch (kind[0]) {
        case 'section': {
          if (section) throw new BundleError(`section ${String(value)} starts before section ${section} ended`, where);
          const next = SECTIONS[expected];
          if (value !== next) throw new BundleError(`expected section ${next ?? '(none: the manifest)'}, found ${JSON.stringify(value)}`, where);
          section = next;
          expected += 1;
          hasher = new SectionHasher();
          columns = new Map(this.repository.columns(section).map((c) => [c.name, c]));
          break;
        }
        case 'row': {
          if (!section) throw new BundleError('a row outside of any section', where);
          hasher.add(`${text}\n`);
          const row = value as Row;
          if (!row || typeof row !== 'object' || Array.isArray(row)) throw new BundleError('a row must be an object', where);
          for (const key of Object.keys(row)) if (!columns.has(key)) throw new BundleError(`unknown column ${key}`, where);
          for (const [name, column] of columns) {
            const v = row[name];
            if ((v === undefined || v === null) && !column.nullable) throw new BundleError(`column ${name} is missing`, where);
            if (column.date && v !== null && v !== undefined && (typeof v !== 'string' || Number.isNaN(Date.parse(v)))) throw new BundleError(`column ${name} is not a date`, where);
          }
          if (typeof row.id !== 'number' || !Number.isSafeInteger(row.id) || row.id < 1) throw new BundleError('id must be a positive integer', where);
          this.checkReferences(section, row, { ids, sessionIds, lastMessageId }, where);
          if (section === 'chat_messages') lastMessageId = row.id;
          if (section === 'chat_sessions') sessionIds.add(String(row.session_id));
          if (ids[section]) ids[section]!.add(row.id);
          if (section === 'event_log') {
            const event = this.repository.toEntityValues(this.repository.metadata('event_log'), row) as unknown as EventLog;
            if (prevEvent && (row.id <= prevEvent.id || event.prevHash !== prevEvent.hash)) throw new BundleError(`event #${row.id} does not link to event #${prevEvent.id} (hash chain broken)`, where);
            if (computeEventHash(event) !== event.hash) throw new BundleError(`event #${row.id}: hash does not match its content`, where);
            prevEvent = { id: row.id, hash: event.hash };
          }
          options.onProgress?.('validate', section, hasher.count);
          break;
        }
        case 'end': {
          const end = value as { section?: string; count?: number; sha256?: string };
          if (!section || end?.section !== section) throw new BundleError(`end of section ${JSON.stringify(end?.section)} where section ${section ?? '(none)'} is open`, where);
          const sha256 = hasher.digest();
          if (end.count !== hasher.count) throw new BundleError(`holds ${hasher.count} rows, its end line says ${end.count}`, where);
          if (end.sha256 !== sha256) throw new BundleError('checksum mismatch: the rows were changed after export', where);
          ends[section] = { count: hasher.count, sha256 };
          section = null;
          break;
        }
        case 'manifest': {
          if (section) throw new BundleError(`manifest inside section ${section}`, where);
          if (expected !== SECTIONS.length) throw new BundleError(`manifest before section ${SECTIONS[expected]}`, where);
          manifest = value as Manifest;
          for (const name of SECTIONS) {
            const listed = manifest?.sections?.[name];
            if (!listed || listed.count !== ends[name].count || listed.sha256 !== ends[name].sha256) {
              throw new BundleError(`the manifest's count or SHA-256 for ${name} does not match the section`, { line, section: 'manifest' });
            }
          }
          break;
        }
        default:
          throw new BundleError(`unknown line kind ${kind[0]}`, where);
      }
    }
    if (!header) throw new BundleError('the file is empty', { line: 1 });
    if (!manifest) throw new BundleError(`the bundle is cut short after line ${lastLine}: no manifest`, { line: lastLine, section });
    return { header, manifest, counts: Object.fromEntries(SECTIONS.map((s) => [s, ends[s].count])) };
  }

  private checkReferences(
    section: SectionName,
    row: Row,
    known: { ids: Partial<Record<SectionName, Set<number>>>; sessionIds: Set<string>; lastMessageId: number },
    where: { line: number; section: string | null },
  ): void {
    for (const [column, target] of Object.entries(REFERENCES[section] ?? {})) {
      const ref = row[column];
      if (ref !== null && ref !== undefined && !known.ids[target]!.has(Number(ref))) throw new BundleError(`${column} ${String(ref)} refers to no row of ${target}`, where);
    }
    if (section === 'chat_messages') {
      if (!known.sessionIds.has(String(row.session_id))) throw new BundleError(`session_id ${String(row.session_id)} refers to no session of the bundle`, where);
      if (Number(row.id) <= known.lastMessageId) throw new BundleError('messages must come in ascending id order', where);
      if (row.reply_to_id !== null && row.reply_to_id !== undefined && Number(row.reply_to_id) >= Number(row.id)) throw new BundleError('reply_to_id must refer to an earlier message', where);
    }
  }

  /** Validates the whole bundle, then writes it in one transaction (rolled back for a dry run). */
  async importBundle(file: string, options: ImportOptions = {}): Promise<ImportReport> {
    await this.inspect(file, options);
    return writeOrDryRun(this.uow, Boolean(options.dryRun), (tx) => this.write(tx.manager, file, options));
  }

  private async isEmpty(manager: EntityManager): Promise<boolean> {
    for (const section of SECTIONS) if ((await this.repository.count(section, manager)) > 0) return false;
    return true;
  }

  private async write(manager: EntityManager, file: string, options: ImportOptions): Promise<ImportReport> {
    const mode = (await this.isEmpty(manager)) ? 'restore' : 'merge';
    const report: ImportReport = { mode, dry_run: Boolean(options.dryRun), sections: {}, conflicts: [], conflicts_total: 0, notes: [] };
    const merge = mode === 'merge' ? new MergeState() : null;
    let section: SectionName | null = null;
    let buffer: Row[] = [];
    let inserter: ReturnType<TransferRepository['inserter']> | null = null;
    let stats: SectionReport = newStats();

    const flush = async () => {
      if (!section || !buffer.length) return;
      if (!merge) for (const row of buffer) await inserter!.add(row);
      else await this.mergeBatch(manager, section, buffer, stats, report, merge);
      buffer = [];
    };

    for await (const { text } of readLines(file)) {
      const parsed = JSON.parse(text) as { section?: SectionName; row?: Row; end?: unknown };
      if (parsed.section) {
        section = parsed.section;
        stats = newStats();
        report.sections[section] = stats;
        inserter = merge ? null : this.repository.inserter(manager, section, { keepIds: true });
      } else if (parsed.row && section) {
        stats.in_bundle += 1;
        buffer.push(parsed.row);
        if (buffer.length >= BATCH) await flush();
        options.onProgress?.('write', section, stats.in_bundle);
      } else if (parsed.end && section) {
        await flush();
        if (inserter) {
          await inserter.finish();
          stats.inserted = stats.in_bundle;
          await this.repository.resetSequence(manager, section);
        }
        section = null;
      }
    }
    if (merge && report.sections.event_log?.skipped) {
      report.notes.push('The event log was not merged: the database has its own hash chain. The bundle\'s events stay in the bundle.');
    }
    return report;
  }

  /** Merge: each row by its natural key; new rows inserted (new ids, references remapped), others compared. */
  private async mergeBatch(manager: EntityManager, section: SectionName, rows: Row[], stats: SectionReport, report: ImportReport, merge: MergeState): Promise<void> {
    if (section === 'event_log') {
      stats.skipped += rows.length;
      return;
    }
    if (section === 'chat_messages') return this.mergeMessages(manager, rows, stats, merge);
    const keyColumns = NATURAL_KEYS[section];
    // References first: the natural key may contain one (council members by category).
    const remapped = rows.map((row) => {
      const copy = { ...row };
      for (const [column, target] of Object.entries(REFERENCES[section] ?? {})) {
        if (copy[column] !== null && copy[column] !== undefined) copy[column] = merge.ids(target).get(Number(copy[column])) ?? null;
      }
      return copy;
    });
    const existing = await this.repository.findByKey(manager, section, keyColumns, remapped.map((r) => keyColumns.map((c) => r[c])));
    const fresh: Row[] = [];
    for (let i = 0; i < remapped.length; i++) {
      const row = remapped[i];
      const key = naturalKey(keyColumns.map((c) => row[c]));
      const current = existing.get(key);
      if (!current) {
        fresh.push(row);
        continue;
      }
      merge.ids(section).set(Number(rows[i].id), Number(current.id));
      const differing = Object.keys(row).filter((c) => !NOT_COMPARED.has(c) && JSON.stringify(row[c]) !== JSON.stringify(current[c]));
      if (!differing.length) {
        stats.unchanged += 1;
        if (section === 'chat_sessions') merge.keptSessions.add(String(row.session_id));
        continue;
      }
      stats.conflicts += 1;
      report.conflicts_total += 1;
      if (section === 'chat_sessions') merge.keptSessions.add(String(row.session_id));
      if (report.conflicts.length < MAX_LISTED_CONFLICTS) {
        report.conflicts.push({ section, key: keyColumns.map((c) => `${c}=${JSON.stringify(row[c])}`).join(', '), reason: `differs in ${differing.join(', ')}; the database's version is kept` });
      }
    }
    if (!fresh.length) return;
    const inserter = this.repository.inserter(manager, section, { keepIds: false });
    for (const row of fresh) await inserter.add(row);
    const newIds = await inserter.finish();
    fresh.forEach((row, k) => merge.ids(section).set(Number(rows[remapped.indexOf(row)].id), newIds[k]));
    stats.inserted += fresh.length;
  }

  /** A new session's messages are inserted (reply_to remapped); a session that was already there keeps its own. */
  private async mergeMessages(manager: EntityManager, rows: Row[], stats: SectionReport, merge: MergeState): Promise<void> {
    const fresh = rows.filter((r) => !merge.keptSessions.has(String(r.session_id)));
    stats.unchanged += rows.length - fresh.length;
    if (!fresh.length) return;
    const inserter = this.repository.inserter(manager, 'chat_messages', { keepIds: false });
    for (const row of fresh) {
      const replyTo = row.reply_to_id === null || row.reply_to_id === undefined ? null : (merge.ids('chat_messages').get(Number(row.reply_to_id)) ?? null);
      await inserter.add({ ...row, reply_to_id: replyTo });
    }
    const newIds = await inserter.finish();
    fresh.forEach((row, k) => merge.ids('chat_messages').set(Number(row.id), newIds[k]));
    stats.inserted += fresh.length;
  }
}

function newStats(): SectionReport {
  return { in_bundle: 0, inserted: 0, unchanged: 0, conflicts: 0, skipped: 0 };
}

/** Bundle id → database id per section, and the sessions whose messages stay as they are. */
class MergeState {
  private readonly maps = new Map<SectionName, Map<number, number>>();
  readonly keptSessions = new Set<string>();

  ids(section: SectionName): Map<number, number> {
    let map = this.maps.get(section);
    if (!map) this.maps.set(section, (map = new Map()));
    return map;
  }
}
