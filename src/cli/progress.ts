/**
 * Progress of a long CLI run on stderr (stdout stays for results): on a TTY a bar redrawn in place
 * with counts and rate; otherwise a plain line every few seconds, fit for logs and CI.
 */
export class Progress {
  private readonly started = Date.now();
  private lastDraw = 0;
  private lastLabel = '';
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
    const now = Date.now();
    const label = `${phase} ${section}`;
    const every = this.tty ? 100 : this.plainEveryMs;
    if (label === this.lastLabel && now - this.lastDraw < every) return;
    this.lastDraw = now;
    this.lastLabel = label;
    this.draw(phase, section, rows, now);
  }

  private draw(phase: string, section: string, rows: number, now: number): void {
    const total = this.totals[section];
    const seconds = Math.max(0.001, (now - this.started) / 1000);
    const rate = Math.round(rows / Math.max(0.001, seconds));
    if (!this.tty) {
      this.stream.write(`${phase}: ${section} ${rows.toLocaleString('en')}${total ? `/${total.toLocaleString('en')}` : ''} rows (${rate.toLocaleString('en')} rows/s overall section rate, ${seconds.toFixed(0)} s)\n`);
      return;
    }
    const width = 28;
    const fraction = total ? Math.min(1, rows / total) : 0;
    const bar = total ? `[${'#'.repeat(Math.round(fraction * width)).padEnd(width, '.')}] ${(fraction * 100).toFixed(0).padStart(3)}%` : '[counting]';
    this.stream.write(`\r\x1b[2K${phase} ${section.padEnd(24)} ${bar} ${rows.toLocaleString('en')}${total ? `/${total.toLocaleString('en')}` : ''} · ${rate.toLocaleString('en')}/s`);
    this.drawn = true;
  }

  done(text: string): void {
    if (this.tty && this.drawn) this.stream.write('\r\x1b[2K');
    this.stream.write(`${text} (${((Date.now() - this.started) / 1000).toFixed(1)} s)\n`);
  }
}
