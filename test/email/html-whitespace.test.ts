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
    const f = parseHtml('<p>Please verify your\n   account today.</p><p>Second<br>line</p>');
    expect(f.visibleText).toBe('Please verify your account today.\nSecond\nline');
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
