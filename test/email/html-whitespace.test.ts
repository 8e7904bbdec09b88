/**
 * HTML whitespace as a browser renders it: a line break in the source of a text node is a space
 * (the sender's editor hard-wraps long lines), <br> and block elements break lines, <pre> keeps its
 * own. A phrase rule must read a hard-wrapped sentence as one sentence: before this, "please don't
 * hesitate to⏎contact us" was two, and the callback hook went unread.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail, parseHtml } from '../../src/email/index.js';
import { eml } from '../helpers/eml.js';
import { expectFires } from '../helpers/verdict.js';

describe('HTML visible text', () => {
  it('reads a line break inside a text node as a space, and <br> and blocks as line breaks', () => {
    const f = parseHtml('<p>Please verify your\n   account today.</p><p>Second<br>Line</p>');
    expect(f.visibleText).toBe('Please verify your account today.\nSecond\nLine');
  });
  it('keeps the line breaks of <pre> and <textarea>', () => {
    expect(parseHtml('<pre>line one\nline two</pre>').visibleText).toBe('line one\nline two');
    expect(parseHtml('<div><pre>a\n<b>b</b>\nc</pre></div>').visibleText).toBe('a\nb\nc');
  });
  it('lets a phrase rule read a hard-wrapped sentence', async () => {
    const html =
      '<p>Receipt. Total charged: $1,483.81 for your order.</p>' +
      "<p>If you have any questions or concerns about your order, please don't hesitate to\ncontact us. 1 888 343 5062</p>";
    const v = await analyzeEmail(eml({ from: 'Billing <billing@shop.example>', html }), {
      config: resolveConfig({}),
      scorer: null,
    });
    const s = expectFires(v, 'email.content.callback');
    expect(s.message).toContain('contact us');
  });
});

describe('<br> inside a sentence (plain text a mail client wrapped into HTML)', () => {
  it('reads a <br> between a word and a lower-case continuation as a space', () => {
    expect(
      parseHtml('<div>deal of US$18.5<br>million US Dollars, if you are<br/>interested</div>').visibleText,
    ).toBe('deal of US$18.5 million US Dollars, if you are interested');
  });
  it('keeps the break after a sentence, before a capital, in an address block and between paragraphs', () => {
    expect(parseHtml('Thanks.<br>see you<br>Anna Berg<br>12 High St<br><br>next').visibleText).toBe(
      'Thanks.\nsee you\nAnna Berg\n12 High St\nnext',
    );
  });
  it('lets the advance-fee rule read the wrapped sum ("US$18.5<br>million")', async () => {
    const html =
      '<div dir="ltr">DEAR FRIEND<br><br>I am MR.MUSA MOHAMMED With the business proposal deal of US(US$18.5<br>million &nbsp;US Dollars) to transfer into your account, if you are<br>interested get &nbsp;back to me for more detail.</div>';
    const v = await analyzeEmail(eml({ from: 'MUSA <musa@mail.example>', html }), {
      config: resolveConfig({}),
      scorer: null,
    });
    expect(expectFires(v, 'email.content.advance_fee').message).toContain('18.5 million');
  });
});
