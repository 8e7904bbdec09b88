/**
 * Evasion robustness (issue 12): homoglyphs from the whole confusables table, padding with neutral
 * text, the lure moved into an image. Each fix has a lure that must be caught and a legitimate
 * look-alike that must stay clean (a Greek newsletter is not a homoglyph attack; a long report is
 * not padding).
 */
import { describe, expect, it } from 'vitest';
import { analyzeEmail } from '../../src/email/index.js';
import { lineWindows, loadEmailModel, scoreWindows } from '../../src/email/model.js';
import { resolveConfig } from '../../src/config/index.js';
import { MAX_LINE_WINDOWS, MAX_SCORE_WINDOWS } from '../../src/core/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

// a loaded CI machine must not turn a slow first scan into a skipped stage (time_ms is not under test here)
const config = resolveConfig({
  organization: { name: 'Fabrikam', domains: ['fabrikam.example'] },
  limits: { time_ms: 60_000 },
});
const rules = (o: EmlOptions) => analyzeEmail(eml(o), { config, scorer: null });
const model = loadEmailModel();
const full = (o: EmlOptions) => analyzeEmail(eml(o), { config, scorer: model });

const BANK_CHANGE =
  'Hello,\n\nPlease note that we have updated our banking details. Kindly update your records and send the payment for the outstanding invoice to the new account below today.\n\nRegards,\nAccounts Receivable';

/** Neutral filler, varied so it is not one repeated word (what an attacker's generator appends). */
function neutral(words: number): string {
  const base =
    'The committee met on Tuesday to review the garden plans for the spring season. Members discussed the layout of the flower beds, ' +
    'the choice of shrubs along the north fence, and the schedule for volunteers who water the seedlings each morning. The library ' +
    'will host a reading hour for children, and the bakery on the corner has started selling rye bread again. Weather reports suggest ' +
    'a mild week with light rain on Thursday, which should help the new lawn settle before the neighbourhood picnic in the park. ';
  const all = base.split(' ');
  const out: string[] = [];
  for (let i = 0; out.length < words; i++) out.push(all[i % all.length]!);
  return out.join(' ');
}

describe('email.content.mixed_script', () => {
  const ID = 'email.content.mixed_script';
  it('fires on lure words spelt with Cyrillic and Greek look-alikes, including upper-case ones', async () => {
    const v = await rules({
      subject: 'ΒΑΝΚ update',
      text: 'We have nеw bаnk details; please remit the pending invoice there today.',
    });
    expect(expectFires(v, ID).message).toMatch(/nеw" reads as "new"/);
    // the payment-change rule reads through the look-alikes too, and the two together flag the message
    // evidence quotes the message's own characters (the alignment folds like normalizeForMatch)
    const ev = expectFires(v, 'email.content.payment_change')
      .evidence.map((e) => e.match ?? '')
      .join(' ');
    expect(ev).toContain('nеw bаnk');
    expect(v.verdict).not.toBe('clean');
  });
  it('fires on two words spelt entirely in Cyrillic look-alikes inside English text', async () => {
    const v = await rules({
      text: 'Please send the \u0440\u0430\u0443\u0440\u0430\u0435 invoice to \u0441\u043e\u0440\u0435 with this account today, thank you.',
    });
    expectFires(v, ID);
  });
  it.each([
    [
      'a Greek newsletter',
      'Καλημέρα σας! Το νέο τεύχος του ενημερωτικού μας δελτίου είναι εδώ. Διαβάστε τα νέα της εβδομάδας, τις εκδηλώσεις και τις προσφορές μας για το καλοκαίρι.',
    ],
    [
      'a Russian message naming Latin products',
      'Здравствуйте! Новый iPhone и ноутбук MacBook Pro уже в продаже. Приходите в наш магазин на выходных.',
    ],
    [
      'English mail with a Russian name and a Greek letter in maths',
      'Hi team, Олег Петров joins on Monday. The α coefficient in the model is 0.3 and the result is 5 µm.',
    ],
  ])('stays silent for %s', async (_, text) => {
    expectAbsent(await rules({ text }), ID);
  });
});

describe('padding does not dilute the model', () => {
  it('scores long bodies window by window, short ones whole', () => {
    expect(scoreWindows(neutral(100))).toEqual([]);
    const w = scoreWindows(neutral(1000));
    expect(w.length).toBe(24);
    expect(w[0]!.split(' ')).toHaveLength(80);
    // bounded: a 100,000-word body is read in at most MAX_SCORE_WINDOWS sliding windows and
    // MAX_LINE_WINDOWS line-aligned ones
    expect(scoreWindows(neutral(100_000)).length).toBe(MAX_SCORE_WINDOWS);
    expect(lineWindows(neutral(100_000)).length).toBe(MAX_LINE_WINDOWS);
    // one 1,000-word line: 12 line-aligned windows of 80 words and the rest
    expect(lineWindows(neutral(1000)).length).toBe(13);
  });
  it("scores the lure's own lines as one window when padding comes as its own paragraph", () => {
    const lure = BANK_CHANGE.split(/\s+/).join(' ');
    const w = lineWindows(`${BANK_CHANGE}\n\n${neutral(300)}`);
    // a sliding window would mix filler into the lure's window; the line-aligned one holds it alone
    expect(w).toContain(lure);
    expect(w.filter((x) => x.includes('banking details')).some((x) => !x.includes('committee'))).toBe(true);
  });
  it('keeps the model score of a bank-change lure with 1,000 neutral words appended', async () => {
    const plain = await full({
      from: 'Accounts <ar@contoso-supplies.example>',
      subject: 'Updated banking details',
      text: BANK_CHANGE,
    });
    const padded = await full({
      from: 'Accounts <ar@contoso-supplies.example>',
      subject: 'Updated banking details',
      text: `${BANK_CHANGE}\n\n${neutral(1000)}`,
    });
    expect(padded.model!.score).toBeGreaterThanOrEqual(plain.model!.score * 0.9);
    expect(padded.verdict).toBe(plain.verdict);
  });
  it('leaves a long legitimate report clean', async () => {
    const report = `Hi all,\n\nHere is the quarterly facilities report.\n\n${neutral(1500)}\n\nBest,\nDana`;
    const v = await full({
      from: 'Dana <dana@fabrikam.example>',
      to: 'team@fabrikam.example',
      subject: 'Quarterly facilities report',
      text: report,
    });
    expect(v.verdict).toBe('clean');
  });
});

describe('email.structure.image_only_body', () => {
  const ID = 'email.structure.image_only_body';
  const png = new Uint8Array(2048).fill(7);
  png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  it('fires (medium, an ask) for a remote image wrapped in a link and one neutral sentence', async () => {
    const v = await rules({
      html: '<p>Please see below.</p><a href="https://pay-portal.test/login"><img src="https://img.test/notice.png"></a>',
    });
    expect(expectFires(v, ID)).toMatchObject({ severity: 'medium', category: 'phishing' });
  });
  it('fires for an attached image with a link, low for an attached photo without one', async () => {
    const withLink = await rules({
      text: 'See attached. https://pay-portal.test/x',
      attachments: [{ filename: 'scan.png', contentType: 'image/png', content: png }],
    });
    expect(expectFires(withLink, ID).severity).toBe('medium');
    const photo = await rules({
      text: 'Photos from the picnic!',
      attachments: [{ filename: 'picnic.png', contentType: 'image/png', content: png }],
    });
    expect(expectFires(photo, ID).severity).toBe('low');
    expect(photo.verdict).toBe('clean');
  });
  it('stays silent for a newsletter with images and readable text', async () => {
    const html = `<h1>Spring news</h1><img src="https://img.test/banner.png"><p>${neutral(80)}</p><a href="https://news.test/more">Read more</a>`;
    expectAbsent(await rules({ html }), ID);
  });
});

describe('synonym paraphrase of lure words', () => {
  it.each([
    [
      'a bank change in other words',
      'Please note that we have refreshed our financial institution particulars. Kindly send the remittance for the outstanding bill to the new account below before end of day.',
      'email.content.payment_change',
    ],
    [
      'a password expiry in other words',
      'Your mailbox passcode lapses today. Validate your profile to keep access: https://portal.test/x and act now to avoid suspension.',
      'email.content.credential_lure',
    ],
    [
      'a payment due before end of day',
      'Please settle the attached bill before end of day, we are waiting on it.',
      'email.content.urgent_payment',
    ],
  ])('still finds %s', async (_, text, id) => {
    expectFires(await rules({ text }), id);
  });
  it('stays silent for a customer told their own card details were refreshed', async () => {
    const v = await rules({
      text: 'Hi Bob, your payment details have been refreshed. Your next bill will be charged to the card ending 4242.',
    });
    expectAbsent(v, 'email.content.payment_change');
  });
});
