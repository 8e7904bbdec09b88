/**
 * The phrase families written in scripts other than Latin (PS in src/email/phrases.ts): every word
 * in them is written as normalizeForMatch reads the text, or it could never match (a Russian `й`
 * reads `и`, an Arabic `أ` reads `ا`); and they are searched only in text that has such letters.
 */
import { describe, expect, it } from 'vitest';
import { normalizeForMatch } from '../../src/email/normalize.js';
import { findPhrases, isOwnScriptFamily, phrasePatterns, phraseSource } from '../../src/email/phrases.js';
// every module that makes phrase families
import '../../src/email/lures.js';
import '../../src/email/hidden.js';
import '../../src/email/attachments.js';
import '../../src/email/outside-employer.js';
import '../../src/email/content.js';
import { DISPUTE_WORLD, SIGN_IN_WORLD, SUSPENDED_WORLD } from '../../src/email/lures-world.js';

/** Runs of letters in scripts other than Latin in a regex source (its words). */
const WORDS = /[\u0370-\u1dff\u3040-\ud7ff]+/g;

describe('phrase families in other scripts', () => {
  it('write every word as the normaliser reads it', () => {
    const families = phrasePatterns().filter(isOwnScriptFamily);
    expect(families.length).toBeGreaterThan(5);
    const bad: string[] = [];
    for (const re of families)
      for (const w of phraseSource(re)!
        .replace(/\[[^\]]*\]/g, ' ')
        .match(WORDS) ?? [])
        if (normalizeForMatch(w) !== w) bad.push(w);
    expect(bad).toEqual([]);
  });

  const seg = (text: string) => [{ where: 'body:text', text: normalizeForMatch(text) }];
  it('read the ask in each language, written as people type it', () => {
    expect(
      findPhrases(seg('Пожалуйста, подтвердите ваши данные в течение 24 часов'), SIGN_IN_WORLD),
    ).not.toEqual([]);
    expect(findPhrases(seg('אנא אמתו את פרטי החשבון שלכם'), SIGN_IN_WORLD)).not.toEqual([]);
    expect(findPhrases(seg('لقد تم تعليق حسابك مؤقتاً'), SUSPENDED_WORLD)).not.toEqual([]);
    expect(findPhrases(seg('Hesabınız askıya alınmıştır'), SUSPENDED_WORLD)).not.toEqual([]);
    expect(findPhrases(seg('אם לא ביצעת הזמנה זו, התקשר מיד'), DISPUTE_WORLD)).not.toEqual([]);
    expect(findPhrases(seg('आपका खाता ब्लॉक हो जाएगा'), SUSPENDED_WORLD)).not.toEqual([]);
  });
  it('stay silent on ordinary mail in the same languages', () => {
    const ordinary = [
      'Спасибо за заказ! Ваша посылка будет доставлена завтра.',
      'תודה על ההזמנה, החבילה תגיע מחר.',
      'شكراً لطلبك، سيصل الطرد غداً.',
      'Siparişiniz için teşekkürler, kargonuz yarın teslim edilecek.',
    ];
    for (const t of ordinary)
      for (const f of [SIGN_IN_WORLD, SUSPENDED_WORLD, DISPUTE_WORLD])
        expect(findPhrases(seg(t), f)).toEqual([]);
  });
});
