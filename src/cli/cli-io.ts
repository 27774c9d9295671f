/** What the CLI may touch of its process: injected, so the CLI runs in-process in tests. */

/** Something text can be written to (process.stdout, a test buffer). */
export interface TextSink {
  write(text: string): unknown;
  /** True when it is a terminal: progress bars and colour only then. */
  readonly isTTY?: boolean;
}

/** The process as the CLI sees it. */
export interface CliIo {
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  /** Standard input, for `-` paths. */
  readonly stdin: NodeJS.ReadableStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

/** Exit codes: 0 clean, 1 findings at or above the fail level, 2 usage or runtime error. */
export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

/** True when colour may be used on this sink (a TTY, and NO_COLOR unset). */
export function useColor(io: CliIo, sink: TextSink): boolean {
  return sink.isTTY === true && (io.env['NO_COLOR'] === undefined || io.env['NO_COLOR'] === '');
}
