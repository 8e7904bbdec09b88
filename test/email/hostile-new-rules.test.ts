/**
 * This release's patterns on hostile text: runs of spelt digits, letter-digit mixes, sums "per day",
 * legal-form lines of separators, "I've sent" chains, unspaced CJK runs and repeated wrong-address
 * phrases. Each scan ends in a verdict without throwing (their time is the fuzzer's and the
 * robustness bench's to report, never asserted here).
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { findPhones } from '../../src/email/content.js';

const config = resolveConfig({});
const message = (body: string) =>
  Buffer.from(`From: A <a@acme-corporation.example>\r\nTo: b@b.example\r\nSubject: x\r\n\r\n${body}`);

describe("hostile text for this release's patterns", () => {
  it.each([
    ['spelt digits', 'one two '.repeat(25_000)],
    ['eight spelt digits and a break, repeated', ('one '.repeat(8) + 'x ').repeat(10_000)],
    ['a legal form after a line of spaces', `${' '.repeat(3990)}GmbH\n`],
    ['sums per day', `${'$1 - $1 '.repeat(20_000)} per day`],
    ['a 100,000-digit sum per day', `${'1'.repeat(100_000)} € per day`],
    ['letters for digits', '8o8l'.repeat(25_000)],
    ["a chain of I've sent", `${"I've sent x x x x x x ".repeat(5_000)}bank transfer today`],
    ['an unspaced CJK run', 'サインイン'.repeat(20_000)],
    ['wrong-address phrases', `${'typed the email '.repeat(10_000)}whatsapp trading`],
    // the next release's: every scheme part thousands of times (the tightest-window search), ranges
    // of daily pay-outs, copied data and coins doubled
    ['scheme parts', 'salary new account deceased estate 50/50 copied btc send eth 2x back '.repeat(3_000)],
    ['ranges per day', '120-300 per day '.repeat(20_000)],
    // this session's: passwords and coin balances, wallets to suspend, openers, six-figure sums
    ['passwords beside balances', 'password a1b2c3d4 balance 90.8 btc '.repeat(10_000)],
    ['a password run with no digit', `password ${'x'.repeat(100_000)}`],
    ['wallets to suspend', 'unverified wallets will be suspended kyc wallet '.repeat(8_000)],
    ['openers and windfalls', 'found you trustworthy scammed victims $650,000.00 beneficiary '.repeat(8_000)],
  ])('%s: a verdict, no throw', async (_name, body) => {
    const v = await analyzeEmail(message(body), { config, scorer: null });
    expect(['clean', 'suspicious', 'malicious']).toContain(v.verdict);
  });
  it('a 63-letter From label of trade-word fragments ends in a verdict', async () => {
    const label = 'constructiomanufacturinpackagimgfastnerslogisticservicesolution'.slice(0, 63);
    const raw = Buffer.from(`From: A <a@${label}.example>\r\nTo: b@b.example\r\nSubject: x\r\n\r\nhello`);
    const v = await analyzeEmail(raw, { config, scorer: null });
    expect(['clean', 'suspicious', 'malicious']).toContain(v.verdict);
  });
  it('HTML of 50,000 <br> between words, and a link text of 100,000 quotes, end in a verdict', async () => {
    const html = `<div>${'word<br>next '.repeat(50_000)}</div><a href="https://a.example/">${'"'.repeat(100_000)}x</a>`;
    const raw = Buffer.from(
      `From: A <a@b.example>\r\nTo: b@b.example\r\nSubject: x\r\nContent-Type: text/html\r\n\r\n${html}`,
    );
    const v = await analyzeEmail(raw, { config, scorer: null });
    expect(['clean', 'suspicious', 'malicious']).toContain(v.verdict);
  });
  it('finds at most the phones it was asked for among thousands of spelt numbers', () => {
    const text = 'call eight four four three zero one five seven six two. '.repeat(2_000);
    expect(findPhones([{ where: 'body:text', text }], 5)).toHaveLength(5);
  });
});
