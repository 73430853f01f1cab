import { createHash, Hash } from 'node:crypto';

/**
 * The company bundle: JSON Lines, one object per line, each with exactly one key naming its kind.
 *
 *   {"bundle": {format, version, exported_at, source, sections, options}}     first line
 *   {"section": "<name>"}                                                     a section starts
 *   {"row": {<column>: <value>, ...}}                                         one row, columns as stored
 *   {"end": {"section": "<name>", "count": N, "sha256": "<hex>"}}             the section ends
 *   {"manifest": {"version", "exported_at", "sections": {<name>: {count, sha256}}}}   last line
 *
 * A section's sha256 covers its row lines exactly as written (UTF-8, each with its "\n").
 * Gzip is optional (detected by its magic bytes on import).
 */
export const BUNDLE_FORMAT = 'daena-bundle';
export const BUNDLE_VERSION = 1;

/** Sections in dependency order: a row only refers to rows of earlier sections (or earlier rows of its own). */
export const SECTIONS = [
  'chat_categories',
  'departments',
  'agents',
  'council_categories',
  'council_members',
  'chat_sessions',
  'chat_messages',
  'tasks',
  'voice_state',
  'connections',
  'system_config',
  'system_config_revisions',
  'event_log',
] as const;
export type SectionName = (typeof SECTIONS)[number];

/** Settings that belong to an installation, not to the company: never exported, never imported. */
export const INSTALLATION_KEYS = ['auth.tokens'];

export type Row = Record<string, unknown>;

export interface BundleHeader {
  format: string;
  version: number;
  exported_at: string;
  source: { dialect: string; app: string };
  sections: string[];
  options: { credentials: boolean };
}

export interface SectionSummary {
  count: number;
  sha256: string;
}

export interface Manifest {
  version: number;
  exported_at: string;
  sections: Record<string, SectionSummary>;
}

/** Where and why a bundle was refused (nothing written). */
export class BundleError extends Error {
  constructor(
    readonly reason: string,
    readonly where: { line?: number; section?: string | null } = {},
  ) {
    super(
      `Bundle refused${where.section ? ` in section ${where.section}` : ''}${where.line ? ` at line ${where.line}` : ''}: ${reason}`,
    );
  }
}

export class SectionHasher {
  private hash: Hash = createHash('sha256');
  count = 0;

  add(line: string): void {
    this.hash.update(line);
    this.count += 1;
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}
