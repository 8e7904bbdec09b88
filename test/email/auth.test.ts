import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Budget } from '../../src/core/index.js';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail, prepareEmailEnv } from '../../src/email/index.js';
import {
  MAX_AUTH_RESULTS_HEADERS,
  MAX_RESULT_CHARS,
  MAX_RESULTS_PER_HEADER,
  authSignals,
  parseAuthResults,
  readAuthResults,
} from '../../src/email/auth.js';
import { extractFacts } from '../../src/email/extract.js';
import { eml } from '../helpers/eml.js';
import { signalIds, expectAbsent, expectFires } from '../helpers/verdict.js';
import { zoneResolver } from '../helpers/dns-zone.js';

const MX = 'mx.fabrikam.example';
const config = resolveConfig({
  organization: {
    name: 'Fabrikam',
    domains: ['fabrikam.example'],
    vips: [{ name: 'Ines Moreau', title: 'CFO', email: 'ines.moreau@fabrikam.example' }],
  },
  trusted_authserv_ids: [MX],
});
const AR = (id: string, body: string) => ({ 'Authentication-Results': `${id}; ${body}` });
const scan = (o: Parameters<typeof eml>[0], cfg = config) => analyzeEmail(eml(o), { config: cfg });
const AUTH_IDS = [
  'email.auth.dmarc_fail',
  'email.auth.spf_fail',
  'email.auth.dkim_fail',
  'email.auth.arc_fail',
  'email.auth.org_domain_spoof',
];
const authIds = (ids: string[]) => ids.filter((i) => AUTH_IDS.includes(i));

describe('parseAuthResults (RFC 8601)', () => {
  it('reads the authserv-id, results and properties, dropping comments', () => {
    const p = parseAuthResults(
      'MX.Fabrikam.Example 1; spf=pass (sender IP is 192.0.2.1; "quoted") smtp.mailfrom=a@sender.example;\r\n dkim=fail (bad (nested) sig) header.d=sender.example header.s=s1; dmarc=fail (p=reject) header.from=sender.example',
    );
    expect(p.authservId).toBe('mx.fabrikam.example');
    expect(p.results.map((r) => `${r.method}=${r.result}`)).toEqual(['spf=pass', 'dkim=fail', 'dmarc=fail']);
    expect(p.results[0]!.props['smtp.mailfrom']).toBe('a@sender.example');
    expect(p.results[1]!.props['header.d']).toBe('sender.example');
  });
  it('treats the header without an authserv-id (Microsoft consumer form) as naming none', () => {
    const p = parseAuthResults(
      'spf=fail (sender IP is 192.0.2.9) smtp.mailfrom=evil.example; dkim=none (message not signed) header.d=none;dmarc=fail action=none header.from=paypal.com;compauth=fail reason=001',
    );
    expect(p.authservId).toBeNull();
    expect(p.results.map((r) => r.method)).toEqual(['spf', 'dkim', 'dmarc', 'compauth']);
    expect(p.results[2]!.props.action).toBe('none');
  });
  it('reads `none` and space-separated results without throwing', () => {
    expect(parseAuthResults(`${MX}; none`).results).toEqual([]);
    expect(
      parseAuthResults(`${MX}; spf=pass smtp.mailfrom=x.example dkim=pass header.d=x.example`).results.map(
        (r) => r.method,
      ),
    ).toEqual(['spf', 'dkim']);
    for (const junk of ['', ';;;', '((((', '"unterminated', `${'('.repeat(10_000)}x`, '=;=;='.repeat(1000)]) {
      expect(() => parseAuthResults(junk)).not.toThrow();
    }
  });
});

describe('readAuthResults', () => {
  it('returns the trusted results per method for features', async () => {
    const facts = await extractFacts(
      eml({
        headers: AR(
          MX,
          'spf=softfail smtp.mailfrom=sender.example; dkim=pass header.d=sender.example; dmarc=pass header.from=sender.example; arc=none',
        ),
      }),
      'm',
      new Budget(),
    );
    expect(readAuthResults(facts, [MX])).toMatchObject({
      spf: 'softfail',
      dkim: 'pass',
      dmarc: 'pass',
      arc: 'none',
      authservId: MX,
    });
    expect(readAuthResults(facts, [])).toMatchObject({
      spf: null,
      dkim: null,
      dmarc: null,
      arc: null,
      authservId: null,
    });
    expect(readAuthResults(facts, ['MX.FABRIKAM.EXAMPLE']).dmarc).toBe('pass');
  });
});

describe('email.auth.dmarc_fail', () => {
  const ID = 'email.auth.dmarc_fail';
  const from = 'PayPal <service@paypal.com>';
  it('fires on dmarc=fail stamped by a trusted authserv-id, naming the header', async () => {
    const v = await scan({
      from,
      headers: AR(
        MX,
        'spf=none smtp.mailfrom=evil.example; dkim=none; dmarc=fail (p=reject) header.from=paypal.com',
      ),
    });
    expect(expectFires(v, ID)).toMatchObject({
      category: 'impersonation',
      severity: 'high',
      evidence: [{ where: 'header:Authentication-Results', text: expect.stringContaining('dmarc=fail') }],
    });
  });
  it('stays silent when the same header is stamped by an untrusted authserv-id (anyone can add one)', async () => {
    const v = await scan({
      from,
      headers: AR('mx.attacker.example', 'dmarc=fail header.from=paypal.com; spf=fail; dkim=fail; arc=fail'),
    });
    expect(authIds(signalIds(v))).toEqual([]);
    expectAbsent(v, ID);
  });
  it('stays silent for Microsoft-style results that name no authserv-id', async () => {
    const v = await scan({
      from,
      headers: {
        'Authentication-Results':
          'spf=fail (sender IP is 192.0.2.9) smtp.mailfrom=evil.example; dkim=none; dmarc=fail action=none header.from=paypal.com;compauth=fail reason=001',
      },
    });
    expect(authIds(signalIds(v))).toEqual([]);
  });
  it('stays silent without configured trusted authserv-ids', async () => {
    const v = await scan({ from, headers: AR(MX, 'dmarc=fail header.from=paypal.com') }, resolveConfig({}));
    expect(authIds(signalIds(v))).toEqual([]);
  });
  it('stays silent when DMARC passed', async () => {
    const v = await scan({
      from: 'Alice <alice@sender.example>',
      headers: AR(MX, 'spf=pass; dkim=pass header.d=sender.example; dmarc=pass header.from=sender.example'),
    });
    expect(authIds(signalIds(v))).toEqual([]);
    expectAbsent(v, ID);
  });
  it('is not fooled by a forged pass with the trusted id, below or above the real fail: the worst result wins', async () => {
    const failOnTop = await scan({
      from,
      headers: [
        ['Authentication-Results', `${MX}; dmarc=fail header.from=paypal.com`],
        ['Authentication-Results', `${MX}; dmarc=pass header.from=paypal.com`],
      ],
    });
    expectFires(failOnTop, ID);
    const passOnTop = await scan({
      from,
      headers: [
        ['Authentication-Results', `${MX}; dmarc=pass header.from=paypal.com`],
        ['Authentication-Results', `${MX}; dmarc=fail header.from=paypal.com`],
      ],
    });
    expectFires(passOnTop, ID);
  });
  it('stays silent for a message the MX checked twice (an internal forward) with pass and none', async () => {
    const v = await scan({
      from: 'Alice <alice@sender.example>',
      headers: [
        ['Authentication-Results', `${MX}; dmarc=pass header.from=sender.example`],
        ['Authentication-Results', `${MX}; dmarc=none header.from=sender.example`],
      ],
    });
    expect(authIds(signalIds(v))).toEqual([]);
  });
  it('is medium when a trusted ARC pass shows the message was forwarded', async () => {
    const v = await scan({ from, headers: AR(MX, 'arc=pass; dmarc=fail header.from=paypal.com') });
    expect(expectFires(v, ID).severity).toBe('medium');
  });
});

describe('email.auth.spf_fail', () => {
  const ID = 'email.auth.spf_fail';
  it('fires on spf=fail (medium) and softfail (low)', async () => {
    const hard = await scan({ headers: AR(MX, 'spf=fail smtp.mailfrom=bounce@evil.example') });
    expect(expectFires(hard, ID)).toMatchObject({
      severity: 'medium',
      message: expect.stringContaining('bounce@evil.example'),
    });
    const soft = await scan({ headers: AR(MX, 'spf=softfail smtp.mailfrom=sender.example') });
    expect(expectFires(soft, ID).severity).toBe('low');
  });
  it.each([['pass'], ['neutral'], ['none'], ['temperror']])('stays silent for spf=%s', async (r) => {
    expectAbsent(await scan({ headers: AR(MX, `spf=${r} smtp.mailfrom=sender.example`) }), ID);
  });
});

describe('email.auth.dkim_fail', () => {
  const ID = 'email.auth.dkim_fail';
  it('fires when the only signature failed', async () => {
    const v = await scan({
      headers: AR(MX, 'dkim=fail (signature did not verify) header.d=sender.example header.s=s1'),
    });
    expect(expectFires(v, ID)).toMatchObject({
      severity: 'medium',
      message: expect.stringContaining('sender.example'),
    });
  });
  it('stays silent when another signature passed (a stale extra signature is normal)', async () => {
    const v = await scan({
      headers: AR(MX, 'dkim=fail header.d=esp.example; dkim=pass header.d=sender.example'),
    });
    expectAbsent(v, ID);
  });
  it('is low on mailing-list mail, whose footers break signatures', async () => {
    const v = await scan({
      headers: { ...AR(MX, 'dkim=fail header.d=sender.example'), 'List-Id': '<team.lists.example>' },
    });
    expect(expectFires(v, ID).severity).toBe('low');
  });
  it('stays silent for an unsigned message (dkim=none)', async () => {
    expectAbsent(await scan({ headers: AR(MX, 'dkim=none') }), ID);
  });
});

describe('email.auth.arc_fail', () => {
  const ID = 'email.auth.arc_fail';
  it('fires on arc=fail from the trusted MX', async () => {
    expect(expectFires(await scan({ headers: AR(MX, 'arc=fail (i=2)') }), ID).severity).toBe('low');
  });
  it('stays silent on arc=pass and arc=none', async () => {
    expectAbsent(await scan({ headers: AR(MX, 'arc=pass (i=1)') }), ID);
    expectAbsent(await scan({ headers: AR(MX, 'arc=none') }), ID);
  });
});

describe('email.auth.org_domain_spoof', () => {
  const ID = 'email.auth.org_domain_spoof';
  const from = 'Ines Moreau <ines.moreau@fabrikam.example>';
  it("fires when From is on the organization's domain and DMARC failed", async () => {
    const v = await scan({
      from,
      subject: 'Urgent wire',
      headers: AR(
        MX,
        'spf=fail smtp.mailfrom=evil.example; dkim=none; dmarc=fail header.from=fabrikam.example',
      ),
    });
    expect(expectFires(v, ID)).toMatchObject({
      category: 'bec',
      severity: 'high',
      evidence: expect.arrayContaining([{ where: 'header:From', text: from }]),
    });
  });
  it('stays silent for the real CFO whose mail passed authentication', async () => {
    const v = await scan({
      from,
      subject: 'Payment run',
      headers: AR(
        MX,
        'spf=pass smtp.mailfrom=fabrikam.example; dkim=pass header.d=fabrikam.example; dmarc=pass header.from=fabrikam.example',
      ),
    });
    expect(authIds(signalIds(v))).toEqual([]);
  });
  it('stays silent when only SPF failed but DKIM passed (forwarded internal mail)', async () => {
    const v = await scan({ from, headers: AR(MX, 'spf=fail; dkim=pass header.d=fabrikam.example') });
    expectAbsent(v, ID);
  });
});

describe('live verification (mailauth, fake DNS zone, offline)', () => {
  const zone = {
    'sender.example': { TXT: [['v=spf1 ip4:192.0.2.10 -all']] },
    '_dmarc.sender.example': { TXT: [['v=DMARC1; p=reject']] },
  };
  const msg = () => eml({ from: 'Alice <alice@sender.example>' });
  const live = (ip: string, resolver = zoneResolver(zone)) =>
    analyzeEmail(msg(), {
      config,
      verifyAuth: { ip, helo: 'mail.sender.example', mailFrom: 'alice@sender.example', resolver },
    });

  it('SPF pass for the authorised IP: no signal', async () => {
    const resolver = zoneResolver(zone);
    const v = await live('192.0.2.10', resolver);
    expect(authIds(signalIds(v))).toEqual([]);
    expect(resolver.calls.some((c) => c.name === 'sender.example' && c.type === 'TXT')).toBe(true);
  });
  it('SPF fail for another IP: spf_fail and dmarc_fail fire with auth:live evidence', async () => {
    const v = await live('192.0.2.99');
    expect(expectFires(v, 'email.auth.spf_fail')).toMatchObject({
      severity: 'medium',
      evidence: [{ where: 'auth:live', text: expect.stringContaining('spf=fail') }],
    });
    expect(expectFires(v, 'email.auth.dmarc_fail')).toMatchObject({ evidence: [{ where: 'auth:live' }] });
  });
  it('without --mail-from the Return-Path is the envelope sender', async () => {
    const v = await analyzeEmail(
      eml({ from: 'Alice <alice@sender.example>', returnPath: '<alice@sender.example>' }),
      {
        config,
        verifyAuth: { ip: '192.0.2.99', resolver: zoneResolver(zone) },
      },
    );
    expect(expectFires(v, 'email.auth.spf_fail').message).toContain('alice@sender.example');
  });
  it('a DNS failure is a skipped entry, never a throw', async () => {
    const v = await analyzeEmail(msg(), {
      config,
      verifyAuth: {
        ip: '192.0.2.10',
        mailFrom: 'alice@sender.example',
        resolver: zoneResolver({ 'sender.example': 'SERVFAIL', '_dmarc.sender.example': 'SERVFAIL' }),
      },
    });
    expect(v.skipped.some((s) => /live SPF check/.test(s.what) && /temporary/.test(s.why))).toBe(true);
    expect(authIds(signalIds(v))).toEqual([]);
  });
  it('a resolver that throws oddly becomes a skipped live check, not an authentication failure', async () => {
    const resolver = async () => {
      throw new TypeError('boom');
    };
    const v = await analyzeEmail(msg(), { config, verifyAuth: { ip: '192.0.2.10', resolver } });
    expect(v.skipped).toContainEqual({
      what: expect.stringMatching(/^live (SPF|DKIM|DMARC|ARC) check$|^live authentication$/),
      why: expect.stringMatching(/temporary error|verification failed/),
    });
    // a DNS failure says nothing about the sender: no auth signal, no verdict from it
    expect(authIds(signalIds(v))).toEqual([]);
  });
  it('without the raw message the live check is skipped, not thrown', async () => {
    const budget = new Budget();
    const facts = await extractFacts(msg(), 'm', budget);
    const out = await authSignals(facts, {
      ...prepareEmailEnv(config),
      budget,
      verifyAuth: { ip: '192.0.2.10', resolver: zoneResolver(zone) },
    });
    expect(out).toEqual([]);
    expect(budget.skipped[0]?.what).toBe('live authentication');
  });
});

describe('hostile Authentication-Results', () => {
  it('parses long and malformed values within its limits (16 KiB read, 50 results, 1 KiB each)', () => {
    for (const v of [
      `${MX}; ${'a'.repeat(60_000)}`,
      `${MX}; ${'a="'.repeat(20_000)}`,
      `${MX}; ${'spf=pass '.repeat(8000)}`,
      `${MX}; ${'x.y=z '.repeat(10_000)}`,
    ]) {
      const p = parseAuthResults(v);
      expect(p.results.length).toBeLessThanOrEqual(MAX_RESULTS_PER_HEADER);
      for (const r of p.results) expect(r.text.length).toBeLessThanOrEqual(MAX_RESULT_CHARS);
    }
    // 8,000 results offered: exactly the cap is read
    expect(parseAuthResults(`${MX}; ${'spf=pass '.repeat(8000)}`).results).toHaveLength(
      MAX_RESULTS_PER_HEADER,
    );
  });
  it('a flood of forged headers makes no work: untrusted ids are never parsed, trusted ones only up to the cap', async () => {
    const headers: [string, string][] = Array.from({ length: 300 }, () => [
      'Authentication-Results',
      `mx.attacker.example; ${'a'.repeat(3000)}`,
    ]);
    const v = await scan({ headers });
    expect(authIds(signalIds(v))).toEqual([]);
    // the trusted id 11 times: only the first MAX_AUTH_RESULTS_HEADERS are read (the 11th would fail DMARC)
    const trusted: [string, string][] = [
      ...Array.from({ length: MAX_AUTH_RESULTS_HEADERS }, (): [string, string] => [
        'Authentication-Results',
        `${MX}; spf=pass smtp.mailfrom=sender.example`,
      ]),
      ['Authentication-Results', `${MX}; dmarc=fail header.from=sender.example`],
    ];
    const facts = await extractFacts(eml({ headers: trusted }), 'm', new Budget());
    expect(readAuthResults(facts, [MX])).toMatchObject({ spf: 'pass', dmarc: null });
  });
});

describe('parseAuthResults properties (fixed seed)', () => {
  it('never throws on arbitrary values, stays within its caps and is deterministic', async () => {
    const piece = fc.constantFrom(
      ';',
      '(',
      ')',
      '"',
      '\\',
      '=',
      ' ',
      'spf',
      'dkim=fail',
      'header.d=x.example',
      MX,
      'none',
      '/1',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 8 })), { maxLength: 60 }), (parts) => {
        const p = parseAuthResults(parts.join(''));
        expect(p.results.length).toBeLessThanOrEqual(MAX_RESULTS_PER_HEADER);
        for (const r of p.results) {
          // results compare case-insensitively (RFC 8601 section 2.2): stored lower-case
          expect(r.result).toBe(r.result.toLowerCase());
          expect(r.text.length).toBeLessThanOrEqual(MAX_RESULT_CHARS);
        }
        expect(parseAuthResults(parts.join(''))).toEqual(p);
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});
