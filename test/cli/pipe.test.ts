/**
 * The installed command in a real pipe. Exiting before stdout was flushed lost verdicts (3,000 URLs
 * piped to a reader: 50 to 2,389 lines arrived); a reader that closes early must end the run
 * quietly. These tests run bin/vigil.js, so they need the build (`npx tsc -p tsconfig.build.json`).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const BIN = join(ROOT, 'bin', 'vigil.js');
const URLS =
  Array.from({ length: 3000 }, (_, i) => `http://host${i}.example/login?next=${i}`).join('\n') + '\n';

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'index.js')))
    throw new Error('build first: npx tsc -p tsconfig.build.json');
});

function vigil(args: string[], stdin: string) {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.setEncoding('utf8').on('data', (c) => (err += c));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  child.stdin.on('error', () => undefined); // the child may stop reading early
  child.stdin.end(stdin);
  return { child, exited, err: () => err };
}

describe('bin/vigil.js in a pipe', () => {
  it('delivers every verdict to a slow reader before it exits', async () => {
    const { child, exited, err } = vigil(['scan', '--kind', 'url', '--json', '-'], URLS);
    // The reader: a 'data' listener that pauses the pipe, first for a second (busy), then a few ms
    // after every chunk (slower than the command writes). The command must wait for it, not exit.
    // (A listener, not bare read() calls: node resumes an unread child stdout when the child exits,
    // and data flowing to no listener is lost to the test, not by the command.)
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => {
      chunks.push(c);
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 5);
    });
    child.stdout.pause();
    setTimeout(() => child.stdout.resume(), 1000);
    const code = await exited;
    const lines = Buffer.concat(chunks).toString('utf8').split('\n').filter(Boolean);
    expect(err(), `exit code ${code}`).toBe('');
    expect(lines).toHaveLength(3000);
    expect(JSON.parse(lines[2999]!).target).toBe('http://host2999.example/login?next=2999');
    expect([0, 1]).toContain(code); // clean or flagged, never an error
  }, 60_000);

  it('ends quietly, without a stack trace, when the reader closes early', async () => {
    const { child, exited, err } = vigil(['scan', '--kind', 'url', '--json', '-'], URLS);
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await exited;
    expect(err()).toBe('');
    expect(code).toBe(2);
  }, 60_000);

  it.runIf(existsSync('/bin/sh'))(
    'works under `| head -1` in a shell',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'vigil-pipe-'));
      writeFileSync(join(dir, 'urls.txt'), URLS);
      const sh = spawn(
        '/bin/sh',
        ['-c', `"${process.execPath}" "${BIN}" scan --kind url - < urls.txt | head -1`],
        { cwd: dir },
      );
      let out = '';
      let err = '';
      sh.stdout.setEncoding('utf8').on('data', (c) => (out += c));
      sh.stderr.setEncoding('utf8').on('data', (c) => (err += c));
      const code = await new Promise((resolve) => sh.on('close', resolve));
      expect(out).toMatch(/^http:\/\/host0\.example/);
      expect(err).toBe('');
      expect(code).toBe(0);
    },
    60_000,
  );
});
