/**
 * Strings held one byte a character (speed only: the characters never change). V8 keeps a string
 * built from a two-byte string two-byte (a slice, a replace, a join, lower-casing), even when every
 * character left is Latin-1: a body with one curly quote or dash somewhere in its HTML, or whose
 * normalising folded them to ASCII, comes out two-byte. Regexes run their two-byte code over such a
 * text, and the phrase families ran up to 10× slower over some dev bodies than over the same
 * characters held one byte each.
 */
const ABOVE_LATIN1 = /[^\x00-\xff]/;

/** `text` itself when it has a character above U+00FF, else the same characters one byte each (a Latin-1 round trip). */
export function oneByte(text: string): string {
  return ABOVE_LATIN1.test(text) ? text : Buffer.from(text, 'latin1').toString('latin1');
}
