/**
 * Progress of a long CLI run on stderr (stdout stays for results): on a TTY a bar redrawn in place
 * with counts and rate; otherwise a plain line every few seconds, fit for logs and CI.
 */
export class Progress {
  private readonly started = Date.now();
  private lastDraw = Date.now();
  private label = '';
  /** Rows of the sections finished in this phase, and of the one in progress. */
  private finished = 0;
  private current = 0;
  private drawn = false;

  constructor(
    private readonly totals: Record<string, number>,
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly plainEveryMs = 2000,
  ) {}

  private get tty(): boolean {
    return Boolean(this.stream.isTTY);
  }

  /** `phase` (export / validate / write), the current section and rows done in it. */
  update(phase: string, section: string, rows: number): void {
    const label = `${phase} ${section}`;
    if (label !== this.label) {
      if (!this.label.startsWith(`${phase} `)) this.finished = 0;
      else this.finished += this.current;
      this.label = label;
    }
    this.current = rows;
    const now = Date.now();
    if (now - this.lastDraw < (this.tty ? 100 : this.plainEveryMs)) return;
    this.lastDraw = now;
    const total = this.totals[section];
    const seconds = Math.max(0.001, (now - this.started) / 1000);
    const done = this.finished + rows;
    const rate = Math.round(done / seconds).toLocaleString('en');
    const count = `${rows.toLocaleString('en')}${total ? `/${total.toLocaleString('en')}` : ''}`;
    if (!this.tty) {
      this.stream.write(`${phase}: ${section} ${count} rows; ${done.toLocaleString('en')} rows in ${seconds.toFixed(0)} s (${rate} rows/s)\n`);
      return;
    }
    const width = 28;
    const fraction = total ? Math.min(1, rows / total) : 0;
    const bar = total ? `[${'#'.repeat(Math.round(fraction * width)).padEnd(width, '.')}] ${(fraction * 100).toFixed(0).padStart(3)}%` : '';
    this.stream.write(`\r\x1b[2K${phase} ${section.padEnd(24)} ${bar} ${count} · ${done.toLocaleString('en')} rows · ${rate}/s`);
    this.drawn = true;
  }

  done(text: string): void {
    if (this.tty && this.drawn) this.stream.write('\r\x1b[2K');
    this.stream.write(`${text} (${((Date.now() - this.started) / 1000).toFixed(1)} s)\n`);
  }
}
