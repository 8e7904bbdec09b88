/** `vigil filter` on the command line: usage and config errors (the SMTP behaviour: test/flow/). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHostPort, startFilterCli } from '../../src/cli/filter.js';
import { main } from '../../src/cli/index.js';
import { fakeIo } from '../helpers/io.js';

describe('vigil filter (command line)', () => {
  it.each([
    [['filter', '--next-hop', '127.0.0.1:10026'], /needs --listen HOST:PORT and --next-hop/],
    [['filter', '--listen', '127.0.0.1', '--next-hop', '127.0.0.1:10026'], /--listen must be HOST:PORT/],
    [['filter', '--listen', '127.0.0.1:10025', '--next-hop', '127.0.0.1:0'], /--next-hop must be HOST:PORT/],
    [
      ['filter', '--listen', '127.0.0.1:70000', '--next-hop', '127.0.0.1:10026'],
      /--listen must be HOST:PORT/,
    ],
  ])('refuses %j with E_USAGE (exit 2)', async (args, msg) => {
    const io = fakeIo();
    expect(await main(['node', 'vigil', ...args], io)).toBe(2);
    expect(io.err).toMatch(msg);
    expect(io.err).toContain('E_USAGE');
  });

  it('reads IPv6 and host names', () => {
    expect(parseHostPort('[::1]:10025', '--listen')).toEqual({ host: '::1', port: 10025 });
    expect(parseHostPort('localhost:25', '--next-hop')).toEqual({ host: 'localhost', port: 25 });
  });

  it('refuses a config whose filter section is invalid, naming the field (E_CONFIG)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-filter-cfg-'));
    writeFileSync(join(dir, 'c.json'), JSON.stringify({ filter: { policy: { malicious: 'drop' } } }));
    const io = fakeIo();
    const r = await startFilterCli(
      { listen: '127.0.0.1:0', nextHop: '127.0.0.1:10026', config: join(dir, 'c.json') },
      io,
    );
    expect(r).toBe(2);
    expect(io.err).toMatch(
      /filter\.policy\.malicious: Invalid option: expected one of "tag"\|"quarantine"\|"reject" \(E_CONFIG/,
    );
  });

  it('listens on a free port with --listen HOST:0 and says where', async () => {
    const io = fakeIo();
    const h = await startFilterCli({ listen: '127.0.0.1:0', nextHop: '127.0.0.1:10026' }, io);
    if (typeof h === 'number') throw new Error(io.err);
    try {
      expect(h.address.port).toBeGreaterThan(0);
      expect(io.err).toContain(`listening on 127.0.0.1:${h.address.port}, next hop 127.0.0.1:10026`);
    } finally {
      await h.close();
    }
  });
});
