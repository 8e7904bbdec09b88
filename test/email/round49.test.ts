/**
 * From the forty-ninth round of hand-made mail (a city and its school district, a third of it in
 * Spanish, Vietnamese, Tagalog, Chinese and Korean; measured unread, then read): finance's note of a
 * bank change it called back on, a resident who will pay; and the attacks: a subpoena handed over as
 * a disk image, a Chinese renewal notice with "請點擊以下連結", a Spanish bank change asking the
 * payments into the new account, bond counsel's cousin domain in the thread. Each beside its
 * look-alike.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires, severityOf } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });

describe('round 49', () => {
  it('the payer telling how it called the vendor at the number from its own vendor master record is a verified change, not a pressed one', async () => {
    const text = (how: string) =>
      `Teresa,\n\nBay Area Janitorial's new bank details came in through the supplier portal. ${how} Spoke with Denise Fong, controller, who confirmed the new account at BMO ending 4471 and the reason (bank merger).\n\nPlease update the vendor record before the next check run.\n\nGloria`;
    const from = 'Gloria Santos <gsantos@city.example>';
    const verified = await scan({
      from,
      to: 'tnguyen@city.example',
      text: text(
        'I called them at (510) 555-0137, the number from our 2019 vendor master record, not the number on the new form.',
      ),
    });
    expect(severityOf(verified, 'email.content.payment_change')).toBe('medium');
    const unverified = await scan({ from, to: 'tnguyen@city.example', text: text('') });
    expect(severityOf(unverified, 'email.content.payment_change')).toBe('high');
  });

  it('"I\'ll pay the adjusted amount" is the writer\'s plan, not a payment asked of the reader', async () => {
    const reply = await scan({
      from: 'Michelle Carter <mcarter@gmail.example>',
      to: 'utilitybilling@city.example',
      subject: 'Re: Account 20774-1930 high bill',
      text: "Thank you so much! The plumber found a running toilet. I'll pay the adjusted amount ($96.45) through the website this week.\n\nMichelle",
    });
    expectAbsent(reply, 'email.content.payment_request');
    const ask = await scan({
      from: 'Michelle Carter <mcarter@gmail.example>',
      to: 'utilitybilling@city.example',
      text: 'Please pay the adjusted amount ($96.45) through the website this week.',
    });
    expectFires(ask, 'email.content.payment_request');
  });

  it('a disk image handed over in the text as the document is the delivery itself (critical); an unmentioned one stays high', async () => {
    const iso = {
      filename: 'Subpoena_SDT_26CR004417.iso',
      contentType: 'application/octet-stream',
      content: 'CD001',
    };
    const handed = await scan({
      from: 'Law Office of Daniel Pruitt <records@pruitt-law.example>',
      to: 'records@pd.example',
      subject: 'Subpoena Duces Tecum - Case No. 26CR004417',
      text: 'Please find attached a subpoena duces tecum. Because of the size of the exhibits the subpoena is provided as a disk image.',
      attachments: [iso],
    });
    expect(severityOf(handed, 'email.attachment.dangerous_type')).toBe('critical');
    const silent = await scan({
      from: 'Law Office of Daniel Pruitt <records@pruitt-law.example>',
      to: 'records@pd.example',
      text: 'Production is due at or before the hearing on October 20.',
      attachments: [iso],
    });
    expect(severityOf(silent, 'email.attachment.dangerous_type')).toBe('high');
  });

  it('Chinese: "請點擊以下連結" under "最後通知" is a link to act on under pressure; the same words in 「」 quotes are not pressure', async () => {
    const v = await scan({
      from: 'DMV <notice@dmv-renewal.example>',
      to: 'lisa@mail.example',
      subject: '【最後通知】您的車輛登記即將過期',
      text: '您名下車輛的登記將於 2026 年 8 月 25 日到期。\n\n請點擊以下連結，於 3 日內完成線上續期：\nhttps://renew.example/dmv',
    });
    expectFires(v, 'email.content.action_under_pressure');
    const plain = await scan({
      from: 'DMV <notice@dmv-renewal.example>',
      to: 'lisa@mail.example',
      subject: '車輛登記',
      text: '請點擊以下連結查看您的登記資料：\nhttps://renew.example/dmv',
    });
    expectAbsent(plain, 'email.content.action_under_pressure');
    expectFires(plain, 'email.content.link_or_file_ask');
  });

  it('Japanese awareness mail quoting 「至急」 beside 振込先変更 is the lesson, not a pressed bank change', async () => {
    const v = await scan({
      from: '情報セキュリティ室 <security@seiki.example>',
      to: '全社員 <all@seiki.example>',
      subject: '【注意喚起】社長名をかたる「至急・内密の送金依頼」メールについて',
      text: '最近、社長を名乗り「至急」「内密に」といった表現で振込を依頼するメールが確認されています。\n・振込先変更の依頼はメールだけで処理しないでください',
    });
    expect(severityOf(v, 'email.content.payment_change')).not.toBe('high');
  });

  it('Spanish: "que los pagos siguientes se depositen en la nueva cuenta" asks the payments into the new account (high)', async () => {
    const text = (ask: string) =>
      `Buenos días:\n\nLes escribo para informarles que hemos cambiado de institución bancaria. Adjunto el formulario con los nuevos datos bancarios.${ask}\n\nSaludos,\nGuadalupe`;
    const from = 'Guadalupe Torres <gtorres@jardineria.example>';
    expect(
      severityOf(
        await scan({
          from,
          to: 'ap@city.example',
          text: text(
            ' Les agradeceríamos que el pago de la factura de abril y los pagos siguientes se depositen en la nueva cuenta.',
          ),
        }),
        'email.content.payment_change',
      ),
    ).toBe('high');
    expect(
      severityOf(await scan({ from, to: 'ap@city.example', text: text('') }), 'email.content.payment_change'),
    ).toBe('medium');
  });

  it('bond counsel under its name plus "-law" answering the thread, "trust account rather than the operating account shown in the draft"', async () => {
    const v = await scan({
      from: 'Nathan Quint <nquint@harlowquint-law.com>',
      to: 'Priya Raman <praman@city.example>',
      subject: 'RE: 2026 Water Revenue Bonds - closing memorandum',
      text: 'Priya,\n\nOne correction: our fees should go to our IOLTA trust account rather than the operating account shown in the draft.\n\nCorrected trust account details:\nCity National Bank\nABA 122016066\nAccount 6071392844\n\nNathan\n\nFrom: Priya Raman <praman@city.example>\nTo: Nathan Quint <nquint@harlowquint.com>\nSubject: RE: 2026 Water Revenue Bonds\n\nThanks Nathan, we have the draft closing memo.',
    });
    expectFires(v, 'email.sender.thread_lookalike');
    expect(severityOf(v, 'email.content.payment_change')).toBe('high');
    // the same firm answering from its own domain: no cousin
    const own = await scan({
      from: 'Nathan Quint <nquint@harlowquint.com>',
      to: 'Priya Raman <praman@city.example>',
      text: 'Priya, the memo is fine.\n\nFrom: Priya Raman <praman@city.example>\nTo: Nathan Quint <nquint@harlowquint.com>\nSubject: RE: 2026 Water Revenue Bonds',
    });
    expectAbsent(own, 'email.sender.thread_lookalike');
  });
});

describe('round 47, read again: the voicemail follow-up from free mail', () => {
  const tom = 'Thomas Whitaker <thomas.whitaker.rch@outlook.com>';
  it('"I just left you a voicemail … my work phone keeps dropping, so call me back on this number … before 3" from free mail is company business', async () => {
    const v = await scan({
      from: tom,
      to: 'Priya Nandakumar <pnandakumar@riverbend.example>',
      subject: 'Left you a voicemail',
      text: "Priya,\n\nI just left you a voicemail. I'm between sessions at the leadership summit and my work phone keeps dropping, so call me back on this number: (512) 886-0341.\n\nNeed to talk through the Lone Star Imaging closing before 3.\n\nTom",
    });
    expectFires(v, 'email.content.voice_followup');
    expectFires(v, 'email.sender.freemail_business_ask');
  });
  it("a resident's voicemail follow-up about their own bill, asking for a call back today, is not", async () => {
    const v = await scan({
      from: 'Michelle Carter <mcarter@gmail.com>',
      to: 'utilitybilling@city.example',
      subject: 'Voicemail about my bill',
      text: 'Hello,\n\nI just left you a voicemail about my water bill. Please call me back at (510) 555-0192 today if you can.\n\nMichelle Carter',
    });
    expectAbsent(v, 'email.sender.freemail_business_ask');
  });
});
