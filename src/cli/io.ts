import { VigilError } from '../core/index.js';
/** The CLI's window on the world; tests pass a fake one and run commands in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads all of standard input (used by `vigil scan -`). */
  readStdin(): Promise<Buffer>;
  /** Whether stdout is a terminal (colours, progress bars). */
  isTTY: boolean;
}

export const processIo: CliIo = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  },
  isTTY: Boolean(process.stdout.isTTY),
};

/** A command's failure as its exit code: a VigilError's message and code, anything else a bug report. */
export function exitCodeFor(err: unknown, io: CliIo, command = 'vigil'): number {
  if (err instanceof VigilError) {
    io.stderr(`${command}: ${err.message}\n`);
    return err.exitCode;
  }
  io.stderr(`${command}: ${(err as Error)?.stack ?? String(err)}\n`);
  return 2;
}
