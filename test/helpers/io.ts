import type { CliIo } from '../../src/cli/io.js';

/** A CliIo that records what a command writes; `stdin` is what it reads, `tty` whether it draws for a terminal. */
export function fakeIo(stdin: string | Buffer = '', tty = false): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    isTTY: tty,
    stdout(t: string) {
      io.out += t;
    },
    stderr(t: string) {
      io.err += t;
    },
    readStdin: async () => Buffer.from(stdin),
  };
  return io;
}
