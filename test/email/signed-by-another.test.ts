/**
 * email.sender.signed_by_another: a person's own mailbox, signed or introduced as someone else.
 * Fires for the borrowed account; silent for the same person (nickname, surname), an assistant
 * writing for someone, a team or job-title mailbox, bulk mail, a quoted reply's signature, and a
 * name that is the reader's.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const ID = 'email.sender.signed_by_another';
const scan = (o: EmlOptions) =>
  analyzeEmail(eml({ to: 'Dana Reyes <dana.reyes@ironwood.example>', subject: 'Invoice', ...o }), {
    config: resolveConfig({}),
    scorer: null,
  });
const ASK = 'Please process the $22,528 payment for the Marquez invoice today, it is urgent.';

describe(ID, () => {
  it.each<[string, EmlOptions, string]>([
    [
      'a sign-off with another name',
      {
        from: 'Robert Hart <roberthart@gmail.com>',
        text: `${ASK}\n\nRegards,\nChristopher Bradley, Translator`,
      },
      'Christopher Bradley',
    ],
    [
      'a sign-off on one line',
      { from: 'Scott Marshall <scott.marshall57@gmail.com>', text: `${ASK} Sincerely, Lisa Torres, HR` },
      'Lisa Torres',
    ],
    [
      'an introduction as someone else',
      { from: 'Richard Kennedy <richard27@tidewater.example>', text: `Matthew Faulkner here. ${ASK}` },
      'Matthew Faulkner',
    ],
  ])('fires for %s, and the payment ask flags', async (_, o, claimed) => {
    const v = await scan(o);
    const s = expectFires(v, ID);
    expect(s.message).toContain(`"${claimed}"`);
    expect(s.evidence[0]).toMatchObject({ where: 'header:From' });
    expect(v.explanation?.gate).toMatchObject({ confirmed: true });
  });

  it.each<[string, EmlOptions]>([
    [
      'the same person by a nickname',
      { from: 'Robert Hart <roberthart@gmail.com>', text: `${ASK}\n\nThanks,\nRob Hartley` },
    ],
    [
      'the same surname',
      { from: 'Robert Hart <rhart@harborview.example>', text: `${ASK}\n\nBest,\nBobby Hart` },
    ],
    [
      'an assistant writing for the boss',
      {
        from: 'Kim Lee <kim.lee@harborview.example>',
        text: `On behalf of our CFO: ${ASK}\n\nRegards,\nJeremy Rogers`,
      },
    ],
    [
      "the boss's assistant introducing herself",
      {
        from: 'Jeremy Rogers <jrogers@harborview.example>',
        text: `This is Mary Lee, Jeremy's assistant. ${ASK}`,
      },
    ],
    [
      'a team mailbox',
      { from: 'Accounts Team <accounts@harborview.example>', text: `${ASK}\n\nRegards,\nJeremy Rogers` },
    ],
    [
      'a job-title mailbox',
      {
        from: 'Clinical Scientist <clinical.scientist@lab.example>',
        text: `${ASK}\n\nSincerely,\nJesse Kelly`,
      },
    ],
    [
      'bulk mail',
      {
        from: 'Robert Hart <roberthart@shop.example>',
        headers: { 'List-Unsubscribe': '<https://shop.example/u>' },
        text: `Our sale starts today.\n\nCheers,\nChristopher Bradley`,
      },
    ],
    [
      "a quoted reply's signature",
      {
        from: 'Robert Hart <roberthart@harborview.example>',
        text: `Sounds good, paying today.\n\nOn Mon, 1 Dec 2026, Lisa Torres <lisa@x.example> wrote:\n> ${ASK}\n> Regards,\n> Lisa Torres`,
      },
    ],
    [
      'an Outlook reply quoting another person without a separator line',
      {
        from: 'Robert Hart <roberthart@harborview.example>',
        text: `Paying today.\n\nFrom: Lisa Torres <lisa@x.example>\nSent: Monday, 1 December 2026 09:00\nTo: Robert Hart\nSubject: Invoice\n\n${ASK}\n\nRegards,\nLisa Torres`,
      },
    ],
    [
      "the reader's name",
      { from: 'Robert Hart <roberthart@gmail.com>', text: `This is Dana Reyes's invoice. ${ASK}` },
    ],
    [
      'a person without a mailbox of their own name',
      { from: 'Robert Hart <ap-desk@harborview.example>', text: `${ASK}\nRegards,\nLisa Torres` },
    ],
  ])('stays silent for %s', async (_, o) => {
    expectAbsent(await scan(o), ID);
  });
});
