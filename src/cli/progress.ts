/**
 * A progress line for long CLI runs (scan, eval, train over many inputs): count, rate, ETA and the
 * outcomes so far, redrawn in place on stderr at most every `intervalMs`, and a summary at the end.
 * Drawn only when stdout is a terminal and `--quiet` is not given: a pipe or a SIEM gets verdicts
 * only. Verdicts go to stdout on the same terminal, so `clear()` wipes the line before each one.
 */
export type Outcome = 'clean' | 'suspicious' | 'malicious' | 'error';

export interface ProgressOptions {
  /** Where the line goes (stderr). */
  write: (text: string) => void;
  /** Draw anything at all (stdout is a terminal and not --quiet). */
  enabled: boolean;
  /** Inputs expected; null when unknown (stdin lines). */
  total: number | null;
  /** `vigil scan`, `features`, … */
  label: string;
  /** Milliseconds clock; tests pass a fake one. */
  now?: () => number;
  /** Least time between redraws. */
  intervalMs?: number;
}

const fmt = (n: number) => n.toLocaleString('en-US');

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const m = Math.floor(seconds / 60);
  if (m < 60) return `${m} min ${Math.round(seconds % 60)} s`;
  return `${Math.floor(m / 60)} h ${m % 60} min`;
}

export class Progress {
  readonly counts: Record<Outcome, number> = { clean: 0, suspicious: 0, malicious: 0, error: 0 };
  private done = 0;
  private shown = false;
  private lastDraw = -Infinity;
  private readonly started: number;
  private readonly now: () => number;

  constructor(private readonly o: ProgressOptions) {
    this.now = o.now ?? (() => performance.now());
    this.started = this.now();
  }

  get count(): number {
    return this.done;
  }

  /** One input finished with this outcome (null: not counted by verdict, e.g. training features). */
  tick(outcome: Outcome | null = null): void {
    this.done++;
    if (outcome) this.counts[outcome]++;
    if (!this.o.enabled) return;
    const t = this.now();
    if (t - this.lastDraw >= (this.o.intervalMs ?? 100) || this.done === this.o.total) {
      this.lastDraw = t;
      this.draw(t);
    }
  }

  /** The current line, as drawn. */
  line(t = this.now()): string {
    const secs = Math.max((t - this.started) / 1000, 1e-9);
    const rate = this.done / secs;
    const parts = [
      this.o.total === null
        ? `${fmt(this.done)}`
        : `${fmt(this.done)}/${fmt(this.o.total)} (${Math.floor((100 * this.done) / Math.max(1, this.o.total))} %)`,
      `${rate >= 100 ? Math.round(rate) : rate.toFixed(1)}/s`,
    ];
    if (this.o.total !== null && this.done < this.o.total)
      parts.push(`ETA ${duration((this.o.total - this.done) / Math.max(rate, 1e-9))}`);
    const outcomes = this.outcomeWords();
    if (outcomes) parts.push(outcomes);
    return `${this.o.label}: ${parts.join(' · ')}`;
  }

  private outcomeWords(): string {
    const c = this.counts;
    const words: string[] = [];
    if (c.malicious) words.push(`${fmt(c.malicious)} malicious`);
    if (c.suspicious) words.push(`${fmt(c.suspicious)} suspicious`);
    if (c.error) words.push(`${fmt(c.error)} error${c.error > 1 ? 's' : ''}`);
    return words.join(', ');
  }

  private draw(t: number): void {
    // \r and erase-line: the line is redrawn in place, never scrolls
    this.o.write(`\r\x1b[K${this.line(t)}`);
    this.shown = true;
  }

  /** Wipe the line (before a verdict is printed on the same terminal). */
  clear(): void {
    if (this.shown) {
      this.o.write('\r\x1b[K');
      this.shown = false;
      // redraw after the verdict on the next tick, whatever the interval
      this.lastDraw = -Infinity;
    }
  }

  /** Wipe the line and print the summary (only when enabled). */
  finish(): void {
    if (!this.o.enabled) return;
    this.clear();
    const secs = (this.now() - this.started) / 1000;
    const c = this.counts;
    const rate = secs > 0 ? this.done / secs : 0;
    this.o.write(
      `${this.o.label}: ${fmt(this.done)} input${this.done === 1 ? '' : 's'} in ${secs < 10 ? secs.toFixed(1) : Math.round(secs)} s` +
        ` (${rate >= 100 ? Math.round(rate) : rate.toFixed(1)}/s): ${fmt(c.clean)} clean, ${fmt(c.suspicious)} suspicious, ${fmt(c.malicious)} malicious, ${fmt(c.error)} error${c.error === 1 ? '' : 's'}\n`,
    );
  }
}
