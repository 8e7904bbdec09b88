/**
 * A sender whose domain misspells a word of trade (src/email/misspelt-word.ts): a cousin of a real
 * firm's domain whose twin never appears in the message. Names made of dictionary words, plurals,
 * other languages' spellings and the reader's own domain are not misspellings.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { misspeltTradeWord } from '../../src/email/misspelt-word.js';
import { urlEnvForConfig } from '../../src/url/analyzer.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) =>
  analyzeEmail(eml({ to: 'Jeremy Carroll <jeremy.carroll@ironwood-energy.example>', ...o }), {
    config,
    scorer: null,
  });
const ID = 'email.sender.misspelt_trade_word';
const tiers = urlEnvForConfig(config).dgaTables!.tiers!;

describe('a From domain that misspells a word of trade', () => {
  it('a construction firm cut short asks for a wire: flagged', async () => {
    const v = await scan({
      from: 'Barbara Munoz <bmunoz@riversideconstructio.com>',
      subject: 'Payment $36,370',
      text: 'Our records show the $36,370 payment has not arrived. Please process the wire transfer today to the account in the attached letter.',
    });
    expect(expectFires(v, ID).message).toContain('"construction"');
    expect(v.verdict).not.toBe('clean');
  });
  it.each([
    ['riversideconstructio', 'construction'],
    ['redfieldmanufacturin', 'manufacturing'],
    ['kestrelpackagimg', 'packaging'],
    ['orbitalfastners', 'fasteners'],
    ['vargova-partnerz', 'partners'],
  ])('%s misspells %s', (label, word) => {
    expect(misspeltTradeWord(label, tiers)?.word).toBe(word);
  });
  it.each([
    ['mosaiclearning', 'dictionary words: "mosaic" + "learning", not "cleaning" misspelt'],
    ['riversideconstruction', 'spelt right'],
    ['harborviewlogistic', 'a singular'],
    ['distribucionesebro', "Spanish's own spelling of distribution"],
    ['servicepipe', 'a word ending where another begins'],
    ['kotaksecurities', '"securit" + "ies" is not security misspelt'],
    ['adriaticatrasporti', 'Italian trasporti: the edit is not at the end of the name'],
    ['vargova-partneri', 'Slovak partneri, a law firm of round 260'],
    ['hansen-partnere', 'Danish and Norwegian partnere'],
  ])('%s is no misspelling (%s)', (label) => {
    expect(misspeltTradeWord(label, tiers)).toBeNull();
  });
  it("the reader's own organisation writing to itself is no cousin of itself", async () => {
    const v = await scan({
      from: 'Ops <ops@redfieldmanufacturin.com>',
      to: 'ap@redfieldmanufacturin.com',
      text: 'Please process the wire transfer today.',
    });
    expectAbsent(v, ID);
  });
  it("free mail is nobody's trade", async () => {
    const v = await scan({ from: 'Riverside <riversideconstructio@gmail.com>' });
    expectAbsent(v, ID);
  });
});
