/**
 * email.content.extortion: a first-person threat to expose the reader (a recording, their data,
 * control of their device) with cryptocurrency demanded. Evidence on its own (strong): the message
 * is flagged whatever its style. Its look-alikes: a security newsletter describing the scam, an
 * exchange's own receipt, a friend's joke about a party video.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const ID = 'email.content.extortion';
const scan = (text: string, from = 'John Blue <john.blue@mailer.example>') =>
  analyzeEmail(eml({ from, to: 'ana@corp.example', subject: 'Read this', text }), {
    config: resolveConfig({}),
    scorer: null,
  });

describe('email.content.extortion', () => {
  it.each([
    'My malware gave me full access to your device and I recorded you through your cam. I can publish the video to all your contacts. ' +
      'The only way to stop me is to pay exactly 1200$ in Bitcoin (BTC). My Bitcoin (BTC) wallet is: 14hAgJ1ZsReHU2JBJi1hk4AEyKd1YaqQ7a. You have 3 days.',
    'We have hacked your email account and copied your private data. We will leak everything to your colleagues unless you send 0.05 BTC to the address below.',
    'I have filmed you with your own webcam. Transfer $950 in Litecoin to my wallet, or I will share the recording with your family.',
  ])('fires for %s', async (text) => {
    const v = await scan(text);
    const s = expectFires(v, ID);
    expect(s.severity).toBe('high');
    expect(s.evidence.length).toBe(2);
    // evidence on its own: flagged with no other signal and no model
    expect(v.explanation?.gate).toMatchObject({ open: true, strong: true });
    expect(v.verdict).not.toBe('clean');
    expect(v.categories).toContain('extortion');
  });
  it.each([
    [
      'a security newsletter describing the scam',
      'Sextortion scams are back: criminals claim they recorded you and threaten to send the video to your contacts unless you pay in Bitcoin. Do not pay.',
    ],
    [
      "an exchange's receipt",
      'You sent 0.0213 BTC to the address bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh. Your BTC wallet is: up to date.',
    ],
    [
      "a friend's party video",
      'I recorded you singing at the party last night! I will send the video to everyone in the group, it is hilarious.',
    ],
  ])('stays silent for %s', async (_, text) => {
    const v = await scan(text);
    expectAbsent(v, ID);
  });
});
