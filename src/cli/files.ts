/**
 * Reading inputs from disk with limits: directory listings that survive symlink loops and huge
 * trees, and file reads that stop at the message limit (a 10 GB file, `/dev/zero`, a FIFO).
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Dirent } from 'node:fs';
import type * as FsPromises from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { MAX_LIST_DEPTH, MAX_LISTED_ENTRIES } from '../core/index.js';

export interface ListOptions {
  /** Entries listed below `dir` in all (default MAX_LISTED_ENTRIES). */
  maxEntries?: number;
  /** Directory depth followed below `dir` (default MAX_LIST_DEPTH). */
  maxDepth?: number;
  /** Called for what was not listed and why (the CLI prints it on stderr). */
  onSkip?: (what: string, why: string) => void;
  /**
   * Also list Maildir messages: every file (any name but dotfiles) in the `cur/` and `new/` of a
   * folder that has both (Maildir and Maildir++ subfolders such as `.Sent/`); `tmp/` holds messages
   * still being written and is left out. Called with each Maildir found.
   */
  maildir?: (dir: string) => void;
}

/**
 * node:fs/promises, loaded when first used: listing a folder or reading what is not a regular file
 * (`vigil scan one.eml` needs neither; loading it is ≈ 1.5 ms of start-up).
 */
function fsp(): typeof FsPromises {
  return process.getBuiltinModule('node:fs/promises');
}

interface Frame {
  dir: string;
  depth: number;
  entries: Dirent[];
  next: number;
}

const byName = (a: Dirent, b: Dirent) => a.name.localeCompare(b.name);

/**
 * Every *.eml under a directory, sorted by name within each directory (depth first), symlinks
 * followed. The walk is iterative (no call stack to overflow), follows each real directory once
 * (by device and inode: a symlink back to a parent is a loop, two such links made the old
 * recursive walk list the same files thousands of times before it overflowed the stack), and
 * stops after `maxEntries` entries or below `maxDepth`, saying so through `onSkip`.
 */
export async function listEml(root: string, opts: ListOptions = {}): Promise<string[]> {
  const maxEntries = opts.maxEntries ?? MAX_LISTED_ENTRIES;
  const maxDepth = opts.maxDepth ?? MAX_LIST_DEPTH;
  const out: string[] = [];
  const seen = new Set<string>();
  let listed = 0;
  let full = false;

  const read = async (dir: string, depth: number): Promise<Frame> => {
    const entries: Dirent[] = [];
    const d = await fsp().opendir(dir);
    try {
      for await (const e of d) {
        if (listed >= maxEntries) {
          full = true;
          break; // leaving the loop closes the directory handle
        }
        listed++;
        entries.push(e);
      }
    } catch (err) {
      opts.onSkip?.(dir, `cannot list: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
    return { dir, depth, entries: entries.sort(byName), next: 0 };
  };

  // whether a folder is a Maildir (has both cur/ and new/), asked once per folder
  const maildirs = new Map<string, Promise<boolean>>();
  const isMaildir = (dir: string) => {
    let p = maildirs.get(dir);
    if (!p) {
      p = Promise.all([fsp().stat(join(dir, 'cur')), fsp().stat(join(dir, 'new'))]).then(
        ([a, b]) => a.isDirectory() && b.isDirectory(),
        () => false,
      );
      maildirs.set(dir, p);
      void p.then((yes) => yes && opts.maildir?.(dir));
    }
    return p;
  };

  const rootStat = await fsp().stat(root);
  seen.add(`${rootStat.dev}:${rootStat.ino}`);
  const stack: Frame[] = [await read(root, 0)];
  while (stack.length) {
    const f = stack[stack.length - 1]!;
    if (f.next >= f.entries.length) {
      stack.pop();
      continue;
    }
    const e = f.entries[f.next++]!;
    const p = join(f.dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink() || isDir) {
      const s = await fsp()
        .stat(p)
        .catch(() => null); // a dangling link is no input
      isDir = Boolean(s?.isDirectory());
      isFile = Boolean(s?.isFile());
      if (s && isDir) {
        const key = `${s.dev}:${s.ino}`;
        if (seen.has(key)) continue; // listed already, through another path (or a loop back up)
        seen.add(key);
      }
    }
    if (isDir) {
      if (f.depth + 1 > maxDepth)
        opts.onSkip?.(p, `deeper than ${maxDepth} directories below ${root}, not listed`);
      else if (!full) stack.push(await read(p, f.depth + 1));
    } else if (isFile && /\.eml$/i.test(e.name)) out.push(p);
    else if (
      isFile &&
      opts.maildir &&
      !e.name.startsWith('.') &&
      /^(cur|new)$/.test(basename(f.dir)) &&
      (await isMaildir(dirname(f.dir)))
    )
      out.push(p);
  }
  if (full)
    opts.onSkip?.(
      `entries after #${maxEntries} below ${root}`,
      `limit of ${maxEntries} listed entries (MAX_LISTED_ENTRIES)`,
    );
  return out;
}

/**
 * Reads a file, at most `maxBytes + 1` bytes (one more than the limit tells the analyzer the
 * message was cut, and it says so in `skipped`). A device or FIFO that never ends (`/dev/zero`)
 * is read up to the limit and no further.
 */
export async function readInputFile(path: string, maxBytes: number): Promise<Buffer> {
  const cap = maxBytes + 1;
  const regular = readRegularFile(path, cap);
  if (regular !== null) return regular;
  const fh = await fsp().open(path, 'r');
  try {
    const s = await fh.stat();
    const chunks: Buffer[] = [];
    let total = 0;
    while (total < cap) {
      // a regular file in one read when it fits; otherwise 1 MiB at a time
      const size = Math.min(
        cap - total,
        s.isFile() && total === 0 ? Math.max(s.size + 1, 64 * 1024) : 1 << 20,
      );
      const buf = Buffer.allocUnsafe(size);
      const { bytesRead } = await fh.read(buf, 0, size, null);
      if (bytesRead === 0) break;
      chunks.push(bytesRead === size ? buf : buf.subarray(0, bytesRead));
      total += bytesRead;
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } finally {
    await fh.close();
  }
}

/**
 * readInputFile for a regular file, synchronously (speed only: open, stat, read and close through
 * the promise API took ≈ 0.2–0.5 ms of CPU a message, the synchronous calls ≈ 0.08 ms; the main
 * thread waited for them either way). null when `path` is not a regular file (a FIFO, a device, a
 * directory), which readInputFile then reads as before; opened with O_NONBLOCK so that a FIFO does
 * not wait for a writer here (no effect on a regular file). The same bytes, at most `cap`.
 */
function readRegularFile(path: string, cap: number): Buffer | null {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const s = fstatSync(fd);
    if (!s.isFile()) return null;
    const chunks: Buffer[] = [];
    let total = 0;
    while (total < cap) {
      // the whole file and one byte more in the first read (the next read says it ended), then 1 MiB
      const size = Math.min(cap - total, total === 0 ? s.size + 1 : 1 << 20);
      const buf = Buffer.allocUnsafe(size);
      const bytesRead = readSync(fd, buf, 0, size, null);
      if (bytesRead === 0) break;
      chunks.push(bytesRead === size ? buf : buf.subarray(0, bytesRead));
      total += bytesRead;
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}
