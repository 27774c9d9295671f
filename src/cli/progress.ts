/**
 * The progress bar on stderr: bytes done of total, MB/s, ETA and findings so far, redrawn at most
 * a few times a second on one line. Only on a TTY, never with --quiet (the caller decides).
 */
import type { TextSink } from './cli-io.js';
import { formatBytes, formatDuration } from './summary.js';

/** The state a progress line shows. */
export interface ProgressState {
  /** Bytes read so far. */
  readonly bytes: number;
  /** Total bytes, when known (undefined for stdin or compressed inputs). */
  readonly total: number | undefined;
  readonly findings: number;
  readonly elapsedMs: number;
}

const WIDTH = 24;

/** One progress line (no line break, no value content: only numbers). */
export function formatProgress(s: ProgressState): string {
  const rate = s.elapsedMs > 0 ? (s.bytes * 1000) / s.elapsedMs : 0;
  const parts: string[] = [];
  if (s.total !== undefined && s.total > 0) {
    const ratio = Math.min(1, s.bytes / s.total);
    const filled = Math.round(ratio * WIDTH);
    parts.push(`[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${String(Math.floor(ratio * 100)).padStart(3)}%`, `${formatBytes(s.bytes)} / ${formatBytes(s.total)}`);
    parts.push(`${formatBytes(rate)}/s`, `ETA ${rate > 0 ? formatDuration(((s.total - s.bytes) / rate) * 1000) : '?'}`);
  } else {
    parts.push(formatBytes(s.bytes), `${formatBytes(rate)}/s`);
  }
  parts.push(`${s.findings} finding(s)`);
  return parts.join('  ');
}

/** A throttled progress line on a terminal. */
export class ProgressBar {
  readonly #sink: TextSink;
  readonly #started = Date.now();
  readonly #intervalMs: number;
  #last = 0;
  #drawn = false;
  bytes = 0;
  total: number | undefined;
  findings = 0;

  constructor(sink: TextSink, total: number | undefined, intervalMs = 200) {
    this.#sink = sink;
    this.total = total;
    this.#intervalMs = intervalMs;
  }

  /** Redraws when the interval has passed. */
  tick(): void {
    const now = Date.now();
    if (now - this.#last < this.#intervalMs) return;
    this.#last = now;
    this.#sink.write(`\r\u001b[2K${formatProgress({ bytes: this.bytes, total: this.total, findings: this.findings, elapsedMs: now - this.#started })}`);
    this.#drawn = true;
  }

  /** Clears the line so the summary starts clean. */
  done(): void {
    if (this.#drawn) this.#sink.write('\r\u001b[2K');
  }
}
