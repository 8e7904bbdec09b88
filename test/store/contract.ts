/**
 * The store contract (issue 16): every `Store` implementation runs these same cases, so the server
 * cannot tell SQLite from PostgreSQL. `contract-sqlite.test.ts` and `contract-postgres.test.ts` run
 * them; a new engine adds one such file.
 */
import { describe, expect, it } from 'vitest';
import { VERDICT_SCHEMA, type Verdict } from '../../src/core/index.js';
import type { Store } from '../../src/store/index.js';

/** One fresh, empty database of the engine under test. */
export interface ContractDb {
  /** Open a (further) handle on this database: another process would do the same. */
  open(): Promise<Store>;
  /** Record a schema version newer than this Vigil's, as a future Vigil would. */
  markNewerSchema(): Promise<void>;
}

let n = 0;
/** A verdict with a unique target; `bad` makes it malicious with a URL in its evidence. */
export function makeVerdict(kind: Verdict['kind'], bad: boolean, target = `t${++n}.example`): Verdict {
  return {
    schema: VERDICT_SCHEMA,
    kind,
    target,
    verdict: bad ? 'malicious' : 'clean',
    score: bad ? 0.97 : 0.02,
    categories: bad ? ['phishing', 'credential_harvest'] : [],
    signals: bad
      ? [
          {
            id: `${kind}.link.text_href_mismatch`,
            category: 'phishing',
            severity: 'high',
            message: 'Link text shows bank.example but goes to http://login.bank-example.test/verify',
            evidence: [
              {
                where: 'body:html',
                text: '<a href="http://login.bank-example.test/verify">bank.example</a>',
              },
            ],
          },
        ]
      : [],
    model: null,
    skipped: [],
    input:
      kind === 'email'
        ? { subject: 'Invoice ünïcode ✓', from: 'Ines <ines@fabrikam.example>', bytes: 10 }
        : { normalized: target },
    elapsed_ms: 0.1,
  } as Verdict;
}

const at = (iso: string) => new Date(iso);

export function runStoreContract(engine: string, fresh: () => Promise<ContractDb>): void {
  const withStore = (fn: (s: Store, db: ContractDb) => Promise<void>) => async () => {
    const db = await fresh();
    const s = await db.open();
    try {
      await fn(s, db);
    } finally {
      await s.close();
    }
  };

  describe(`store contract: ${engine}`, () => {
    describe('verdicts', () => {
      it(
        'stores a verdict byte for byte with its summary, URLs, raw message and evidence flag',
        withStore(async (s) => {
          const v = makeVerdict('email', true, 'invoice.eml');
          const raw = new TextEncoder().encode('From: a@b.example\r\n\r\nhi\r\n');
          const saved = await s.saveVerdict({
            verdict: v,
            createdAt: at('2026-11-29T10:00:00.123Z'),
            raw,
            evidenceStored: false,
          });
          expect(saved).toEqual({
            id: expect.stringMatching(/^vrd_[0-9a-f]{24}$/),
            created_at: '2026-11-29T10:00:00.123Z',
            kind: 'email',
            target: 'invoice.eml',
            verdict: 'malicious',
            score: 0.97,
            categories: ['phishing', 'credential_harvest'],
            subject: 'Invoice ünïcode ✓',
            sender: 'Ines <ines@fabrikam.example>',
          });
          const got = await s.getVerdict(saved.id);
          expect(got).toMatchObject({
            ...saved,
            urls: ['http://login.bank-example.test/verify'],
            raw_stored: true,
            evidence_stored: false,
          });
          expect(JSON.stringify(got?.result)).toBe(JSON.stringify(v));
          expect(Buffer.from((await s.getRaw(saved.id)) ?? []).toString()).toBe(
            'From: a@b.example\r\n\r\nhi\r\n',
          );

          const plain = await s.saveVerdict({
            verdict: makeVerdict('url', false),
            createdAt: at('2026-11-29T10:00:01Z'),
          });
          expect(await s.getRaw(plain.id)).toBeNull();
          expect(await s.getVerdict(plain.id)).toMatchObject({
            raw_stored: false,
            evidence_stored: true,
            subject: '',
            sender: '',
          });
          expect(await s.getVerdict('vrd_000000000000000000000000')).toBeNull();
        }),
      );

      it(
        'pages newest first, every verdict exactly once, with filters',
        withStore(async (s) => {
          const ids: string[] = [];
          for (let i = 0; i < 25; i++) {
            const kind = (['email', 'url', 'domain'] as const)[i % 3] as Verdict['kind'];
            const saved = await s.saveVerdict({
              verdict: makeVerdict(kind, i % 2 === 0),
              createdAt: at(`2026-11-29T10:${String(i).padStart(2, '0')}:00Z`),
            });
            ids.push(saved.id);
          }
          const seen: string[] = [];
          let cursor: string | undefined;
          for (let pages = 0; pages < 10; pages++) {
            const page = await s.listVerdicts({ limit: 7, ...(cursor ? { cursor } : {}) });
            seen.push(...page.items.map((x) => x.id));
            if (!page.next_cursor) break;
            cursor = page.next_cursor;
          }
          expect(seen).toEqual([...ids].reverse());
          const urls = await s.listVerdicts({ limit: 200, kind: 'url' });
          expect(urls.items).toHaveLength(8);
          expect(urls.items.every((x) => x.kind === 'url')).toBe(true);
          const bad = await s.listVerdicts({ limit: 200, verdict: 'malicious', kind: 'email' });
          expect(bad.items.map((x) => x.id)).toEqual(
            ids.filter((_, i) => i % 2 === 0 && i % 3 === 0).reverse(),
          );
          const recent = await s.listVerdicts({ limit: 200, since: at('2026-11-29T10:20:00Z') });
          expect(recent.items).toHaveLength(5);
          expect((await s.listVerdicts({ limit: 0 })).items).toHaveLength(1);
          expect((await s.listVerdicts({ limit: 10_000 })).items).toHaveLength(25);
          await expect(s.listVerdicts({ limit: 10, cursor: 'bm9wZQ' })).rejects.toMatchObject({
            code: 'E_BAD_REQUEST',
          });
        }),
      );

      it(
        'stores every one of many concurrent saves once, with distinct ids',
        withStore(async (s) => {
          const saved = await Promise.all(
            Array.from({ length: 120 }, (_, i) =>
              s.saveVerdict({
                verdict: makeVerdict('domain', false, `c${i}.example`),
                createdAt: at('2026-11-29T11:00:00Z'),
              }),
            ),
          );
          expect(new Set(saved.map((x) => x.id)).size).toBe(120);
          const all = await s.listVerdicts({ limit: 200 });
          expect(all.items.map((x) => x.target).sort()).toEqual(saved.map((x) => x.target).sort());
          for (const x of saved.slice(0, 5)) expect((await s.getVerdict(x.id))?.target).toBe(x.target);
        }),
      );
    });

    describe('history search (issue 15)', () => {
      it(
        'filters by until, category and literal search text in sender, subject, target and URLs',
        withStore(async (s) => {
          const email = await s.saveVerdict({
            verdict: makeVerdict('email', true, 'Invoice-0042.eml'),
            createdAt: at('2026-11-29T10:00:00Z'),
          });
          const url = await s.saveVerdict({
            verdict: makeVerdict('url', false, 'https://shop.example/a_b%c'),
            createdAt: at('2026-11-29T11:00:00Z'),
          });
          const domain = await s.saveVerdict({
            verdict: makeVerdict('domain', true, 'paypa1.example'),
            createdAt: at('2026-11-29T12:00:00Z'),
          });
          const ids = async (q: Partial<Parameters<Store['listVerdicts']>[0]>) =>
            (await s.listVerdicts({ limit: 50, ...q })).items.map((x) => x.id);
          expect(await ids({ until: at('2026-11-29T11:00:00Z') })).toEqual([email.id]);
          expect(await ids({ category: 'phishing' })).toEqual([domain.id, email.id]);
          expect(await ids({ category: 'bec' })).toEqual([]);
          // sender, case-insensitive for ASCII
          expect(await ids({ search: 'FABRIKAM' })).toEqual([email.id]);
          // a URL in evidence
          expect(await ids({ search: 'login.bank-example.test' })).toEqual([domain.id, email.id]);
          expect(await ids({ search: 'invoice-0042' })).toEqual([email.id]);
          // % and _ are literal characters, never wildcards
          expect(await ids({ search: 'a_b%c' })).toEqual([url.id]);
          expect(await ids({ search: '%' })).toEqual([url.id]);
          expect(await ids({ search: 'a%b' })).toEqual([]);
        }),
      );

      it(
        'counts signals per verdict and bucket, with throughput',
        withStore(async (s) => {
          await s.saveVerdict({ verdict: makeVerdict('email', true), createdAt: at('2026-11-29T10:05:00Z') });
          await s.saveVerdict({ verdict: makeVerdict('email', true), createdAt: at('2026-11-29T10:55:00Z') });
          await s.saveVerdict({ verdict: makeVerdict('url', false), createdAt: at('2026-11-29T11:00:00Z') });
          const st = await s.signalStats({ since: at('2026-11-29T00:00:00Z'), bucket: 'hour' });
          expect(st).toEqual({
            by_signal: { 'email.link.text_href_mismatch': 2 },
            series: [
              {
                start: '2026-11-29T10:00:00.000Z',
                scans: 2,
                mean_elapsed_ms: 0.1,
                signals: { 'email.link.text_href_mismatch': 2 },
              },
              { start: '2026-11-29T11:00:00.000Z', scans: 1, mean_elapsed_ms: 0.1, signals: {} },
            ],
          });
        }),
      );
    });

    describe('feedback', () => {
      it(
        'is kept per verdict in order, and refused for an unknown verdict',
        withStore(async (s) => {
          const v = await s.saveVerdict({
            verdict: makeVerdict('url', true),
            createdAt: at('2026-11-29T10:00:00Z'),
          });
          expect(
            await s.addFeedback({
              verdictId: 'vrd_nope',
              label: 'benign',
              note: '',
              keyId: null,
              createdAt: at('2026-11-29T10:01:00Z'),
            }),
          ).toBeNull();
          const a = await s.addFeedback({
            verdictId: v.id,
            label: 'benign',
            note: 'fp: our own login page',
            keyId: 'key_000000000001',
            createdAt: at('2026-11-29T10:02:00Z'),
          });
          const b = await s.addFeedback({
            verdictId: v.id,
            label: 'malicious',
            note: '',
            keyId: null,
            createdAt: at('2026-11-29T10:03:00Z'),
          });
          expect(a).toMatchObject({
            id: expect.stringMatching(/^fb_/),
            verdict_id: v.id,
            created_at: '2026-11-29T10:02:00.000Z',
          });
          expect(await s.listFeedback(v.id)).toEqual([a, b]);
          expect(await s.listFeedback('vrd_nope')).toEqual([]);
          expect((await s.getVerdict(v.id))?.verdict).toBe('malicious');
        }),
      );
    });

    describe('stats', () => {
      it(
        'counts totals, kinds, categories and UTC buckets by hour and by day',
        withStore(async (s) => {
          const save = (kind: Verdict['kind'], bad: boolean, iso: string) =>
            s.saveVerdict({ verdict: makeVerdict(kind, bad), createdAt: at(iso) });
          await save('email', true, '2026-11-28T23:59:59Z'); // before `since`
          await save('email', true, '2026-11-29T10:05:00Z');
          await save('url', false, '2026-11-29T10:55:00Z');
          await save('domain', true, '2026-11-29T11:00:00Z');
          await save('url', false, '2026-11-30T00:30:00Z');
          const hourly = await s.stats({ since: at('2026-11-29T00:00:00Z'), bucket: 'hour' });
          expect(hourly).toEqual({
            totals: { clean: 2, suspicious: 0, malicious: 2 },
            by_kind: { email: 1, url: 2, domain: 1 },
            by_category: { phishing: 2, credential_harvest: 2 },
            series: [
              {
                start: '2026-11-29T10:00:00.000Z',
                clean: 1,
                suspicious: 0,
                malicious: 1,
                categories: { phishing: 1, credential_harvest: 1 },
              },
              {
                start: '2026-11-29T11:00:00.000Z',
                clean: 0,
                suspicious: 0,
                malicious: 1,
                categories: { phishing: 1, credential_harvest: 1 },
              },
              { start: '2026-11-30T00:00:00.000Z', clean: 1, suspicious: 0, malicious: 0, categories: {} },
            ],
          });
          const daily = await s.stats({ since: at('2026-11-28T00:00:00Z'), bucket: 'day' });
          expect(daily.series.map((b) => [b.start, b.clean + b.malicious])).toEqual([
            ['2026-11-28T00:00:00.000Z', 1],
            ['2026-11-29T00:00:00.000Z', 3],
            ['2026-11-30T00:00:00.000Z', 1],
          ]);
        }),
      );
    });

    describe('keys', () => {
      const key = (id: string, name: string, iso = '2026-11-29T10:00:00Z') => ({
        id,
        name,
        hash: id.padEnd(64, '0').replace(/[^0-9a-f]/g, 'a'),
        createdAt: at(iso),
      });

      it(
        'creates, finds, lists and counts keys; a key has a role, admin unless given',
        withStore(async (s) => {
          const a = await s.createKey(key('key_00000000000a', 'ci'));
          expect(a.role).toBe('admin');
          expect((await s.createKey({ ...key('key_00000000000c', 'reader'), role: 'read' })).role).toBe(
            'read',
          );
          expect((await s.getKey('key_00000000000c'))?.role).toBe('read');
          await s.revokeKey('reader', at('2026-11-29T10:00:00Z'));
          expect(a).toMatchObject({
            id: 'key_00000000000a',
            name: 'ci',
            created_at: '2026-11-29T10:00:00.000Z',
            revoked_at: null,
          });
          await s.createKey(key('key_00000000000b', 'ana', '2026-11-29T10:00:01Z'));
          expect(await s.getKey('key_00000000000a')).toEqual(a);
          expect(await s.getKey('key_0000000000ff')).toBeNull();
          expect((await s.listKeys()).map((k) => k.name)).toEqual(['ci', 'reader', 'ana']);
          expect(await s.countActiveKeys()).toBe(2);
        }),
      );

      it(
        'refuses a duplicate active name, and allows it again once the holder is revoked',
        withStore(async (s) => {
          await s.createKey(key('key_00000000000a', 'ci'));
          await expect(s.createKey(key('key_00000000000b', 'ci'))).rejects.toMatchObject({
            code: 'E_KEY_NAME_TAKEN',
            message: expect.stringContaining('key_00000000000a'),
          });
          expect(await s.listKeys()).toHaveLength(1);
          expect((await s.revokeKey('ci', at('2026-11-29T11:00:00Z')))?.revoked_at).toBe(
            '2026-11-29T11:00:00.000Z',
          );
          await s.createKey(key('key_00000000000c', 'ci'));
          expect(await s.countActiveKeys()).toBe(1);
        }),
      );

      it(
        'revokes by id or by name, exactly once',
        withStore(async (s) => {
          await s.createKey(key('key_00000000000a', 'ci'));
          await s.createKey(key('key_00000000000b', 'ana'));
          expect((await s.revokeKey('ci', at('2026-11-29T11:00:00Z')))?.id).toBe('key_00000000000a');
          expect((await s.revokeKey('key_00000000000b', at('2026-11-29T11:00:00Z')))?.id).toBe(
            'key_00000000000b',
          );
          expect(await s.revokeKey('key_00000000000b', at('2026-11-29T12:00:00Z'))).toBeNull();
          expect(await s.revokeKey('nobody', at('2026-11-29T12:00:00Z'))).toBeNull();
          expect(await s.countActiveKeys()).toBe(0);
          expect((await s.getKey('key_00000000000b'))?.revoked_at).toBe('2026-11-29T11:00:00.000Z');
        }),
      );

      it(
        'a key revoked through one handle is revoked for every other handle at once',
        withStore(async (s, db) => {
          await s.createKey(key('key_00000000000a', 'ci'));
          const other = await db.open();
          try {
            expect((await other.getKey('key_00000000000a'))?.revoked_at).toBeNull();
            await s.revokeKey('ci', at('2026-11-29T11:00:00Z'));
            expect((await other.getKey('key_00000000000a'))?.revoked_at).toBe('2026-11-29T11:00:00.000Z');
          } finally {
            await other.close();
          }
        }),
      );
    });

    describe('purge', () => {
      it(
        'deletes verdicts and feedback before a time (feedback of a purged verdict too), or all; keys stay',
        withStore(async (s) => {
          await s.createKey({
            id: 'key_00000000000a',
            name: 'ci',
            hash: 'a'.repeat(64),
            createdAt: at('2026-01-01T00:00:00Z'),
          });
          const old = await s.saveVerdict({
            verdict: makeVerdict('url', true),
            createdAt: at('2026-11-01T00:00:00Z'),
          });
          const recent = await s.saveVerdict({
            verdict: makeVerdict('url', true),
            createdAt: at('2026-11-29T00:00:00Z'),
          });
          await s.addFeedback({
            verdictId: old.id,
            label: 'benign',
            note: '',
            keyId: null,
            createdAt: at('2026-11-30T00:00:00Z'),
          });
          await s.addFeedback({
            verdictId: recent.id,
            label: 'benign',
            note: '',
            keyId: null,
            createdAt: at('2026-11-02T00:00:00Z'),
          });
          await s.addFeedback({
            verdictId: recent.id,
            label: 'malicious',
            note: '',
            keyId: null,
            createdAt: at('2026-11-30T00:00:00Z'),
          });
          expect(await s.purge(at('2026-11-15T00:00:00Z'))).toEqual({ verdicts: 1, feedback: 2 });
          expect(await s.getVerdict(old.id)).toBeNull();
          expect(await s.listFeedback(recent.id)).toHaveLength(1);
          expect(await s.purge(null)).toEqual({ verdicts: 1, feedback: 1 });
          expect((await s.listVerdicts({ limit: 10 })).items).toEqual([]);
          expect(await s.countActiveKeys()).toBe(1);
        }),
      );
    });

    describe('migrations and health', () => {
      it(
        'keeps data across reopening (migrations applied once) and answers ping',
        withStore(async (s, db) => {
          await s.ping();
          const v = await s.saveVerdict({
            verdict: makeVerdict('domain', true),
            createdAt: at('2026-11-29T10:00:00Z'),
          });
          const again = await db.open();
          try {
            await again.ping();
            expect((await again.getVerdict(v.id))?.target).toBe(v.target);
          } finally {
            await again.close();
          }
        }),
      );

      it('refuses a database whose schema is newer than this Vigil, with E_STORE', async () => {
        const db = await fresh();
        await (await db.open()).close();
        await db.markNewerSchema();
        await expect(db.open()).rejects.toMatchObject({
          code: 'E_STORE',
          message: expect.stringMatching(/newer than this Vigil knows/),
        });
      });
    });
  });
}
