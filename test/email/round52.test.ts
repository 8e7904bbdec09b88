/**
 * From the fifty-second round of hand-made mail (a family's personal mail in English, Italian,
 * Polish and Spanish; measured unread, then read): Xfinity's bill from a system subdomain of
 * comcast.net, a payroll platform linking a student to the university's own tenant, a plumber's
 * contact form relaying a customer. Each beside its
 * look-alike.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires, severityOf } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });

describe('round 52', () => {
  it("an ISP's bill from its own system subdomain (alerts.comcast.net) is the ISP's, not a free mail user's; a mailbox at the apex still is anyone's", async () => {
    const text =
      'Your Xfinity bill is ready.\n\nAmount due: $89.99\nDue date: December 21\n\nView and pay your bill: https://customer.xfinity.com/billing';
    const bill = await scan({
      from: 'Xfinity <online.communications@alerts.comcast.net>',
      to: 'anna@ferraro-family.example',
      subject: 'Your Xfinity bill is ready',
      text,
    });
    expectAbsent(bill, 'email.sender.brand_display_name');
    expectAbsent(bill, 'email.sender.freemail_business_ask');
    expectFires(
      await scan({
        from: 'Xfinity <xfinity.billing.dept@comcast.net>',
        to: 'anna@ferraro-family.example',
        subject: 'Your Xfinity bill is ready',
        text,
      }),
      'email.sender.brand_display_name',
    );
  });

  it("a payroll platform's mail linking the reader to their own organisation's tenant is not a brand linking elsewhere; a stranger's host still is", async () => {
    const text = (url: string) =>
      `Welcome to UT Austin Student Employment.\n\nPlease sign in to Workday to complete your Form I-9 and set up direct deposit before your first day:\n${url}\n\nReview and accept your offer in your Workday inbox.`;
    const from = 'UT Austin Workday <utaustin@myworkday.com>';
    expectAbsent(
      await scan({ from, to: 'mateo.nowak@utexas.edu', text: text('https://workday.utexas.edu/') }),
      'email.link.brand_links_elsewhere',
    );
    expectFires(
      await scan({ from, to: 'mateo.nowak@gmail.com', text: text('https://workday.utexas.edu/') }),
      'email.link.brand_links_elsewhere',
    );
    expectFires(
      await scan({ from, to: 'mateo.nowak@utexas.edu', text: text('https://workday-utexas.example/') }),
      'email.link.brand_links_elsewhere',
    );
  });

  it("a website's contact form relaying a visitor (wordpress@ named after the visitor) does not divert replies to a private mailbox; a person's own address answering at free mail still does", async () => {
    const text =
      'Name: Jane Doe\nPhone: 512-555-0199\nMessage: My water heater is leaking. Can someone come out this week?';
    const form = await scan({
      from: 'Jane Doe <wordpress@smithplumbing.example>',
      replyTo: 'Jane Doe <janedoe1987@gmail.com>',
      to: 'info@smithplumbing.example',
      text,
    });
    expectAbsent(form, 'email.sender.reply_to_private_mailbox');
    expect(severityOf(form, 'email.sender.reply_to_mismatch')).toBe('low');
    expectFires(
      await scan({
        from: 'Whitfield, Daniel R <d.whitfield@university.example>',
        replyTo: 'Daniel Whitfield <prof.dwhitfield.lab@gmail.com>',
        to: 'students@university.example',
        text: 'I am looking for a student assistant. Drop me a line at my personal address.',
      }),
      'email.sender.reply_to_private_mailbox',
    );
  });

  it("a free mail sender named as a company function in Spanish, French, Italian, German or Polish claims a role, as in English; a person's name does not", async () => {
    for (const name of [
      'Recursos Humanos - NorthStar Logística',
      'Service Comptabilité',
      'Ufficio Contabilità',
      'Buchhaltung Weber GmbH',
      'Dział Kadr',
    ]) {
      expectFires(
        await scan({
          from: `${name} <nslogistica.rrhh@outlook.com>`,
          to: 'mateo@family.example',
          text: 'Hola.',
        }),
        'email.sender.freemail_role_claim',
      );
    }
    expectAbsent(
      await scan({
        from: 'Recaredo Humanes <rhumanes@outlook.com>',
        to: 'mateo@family.example',
        text: 'Hola.',
      }),
      'email.sender.freemail_role_claim',
    );
  });

  it('an "investigator" at free mail telling the reader of an arrest or a frozen licence and to call is the authority scam; a news item about a suspect and a fraud warning are not', async () => {
    const notice =
      'RE: Notice of Investigation\n\nThis office has received information that your nursing license number and NPI were used in connection with prescriptions for controlled substances.\n\nYou are not presently under arrest. However, your license has been placed under administrative review pending your statement. You are required to contact the assigned investigator to give a recorded statement and to arrange a security bond, which will be refunded at the close of the case.\n\nAssigned investigator: Special Agent Robert Hayes\nDirect: (312) 761-4408\n\nRobert Hayes\nInvestigations Unit';
    const scam = await scan({
      from: 'Robert Hayes <rhayes.investigations.il@gmail.com>',
      to: 'kasia.nowak@family.example',
      subject: 'File IL-RN-2026-4471',
      text: notice,
    });
    expectFires(scam, 'email.content.authority_callback');
    expect(severityOf(scam, 'email.content.authority_callback')).toBe('high');
    expectFires(scam, 'email.sender.freemail_role_claim');
    expectAbsent(scam, 'email.sender.freemail_brand_billing');
    // a town newsletter's crime report: the warrant is the suspect's, not the reader's
    expectAbsent(
      await scan({
        from: 'Oak Park Weekly <news@oakparkweekly.example>',
        to: 'kasia.nowak@family.example',
        text: 'Police said an arrest warrant has been issued for the suspect in the Lake Street burglaries. Anyone with information is asked to contact Detective Jane Roe at (312) 555-0142.',
      }),
      'email.content.authority_callback',
    );
    // the bank's warning describes the scam the reader should hang up on
    expectAbsent(
      await scan({
        from: 'Chase <no-reply@alertsp.chase.com>',
        to: 'kasia.nowak@family.example',
        text: 'Beware of impostor scams. Scammers may claim you will be arrested and that you are required to contact an investigator to settle the case. Government agencies never do this. If you get such a call, hang up and call us at 1-800-935-9935.',
      }),
      'email.content.authority_callback',
    );
    // a free mail writer mentioning the police in a sentence claims no office
    expectAbsent(
      await scan({
        from: 'Anna Ferraro <anna.ferraro@gmail.com>',
        to: 'kasia.nowak@family.example',
        text: 'Somebody broke into the garage again.\n\nI called the police department this morning and they are sending someone over after lunch.\n\nAnna',
      }),
      'email.sender.freemail_role_claim',
    );
  });

  it('a grandchild in custody asking for bail and for mom not to be told is the grandparent scam; family news with an accident and a secret is not', async () => {
    const from = 'Mateo Nowak <mateo.nowak.tx@gmail.com>';
    const to = 'anna.ferraro@family.example';
    expect(
      severityOf(
        await scan({
          from,
          to,
          text: "Nonna its me. I was in a car accident tonight and the police are holding me until bail is posted. The public defender said if bail is paid tomorrow morning it stays off my record. Please call him at (210) 802-4417.\n\nPLEASE don't tell mom or nonno.",
        }),
        'email.content.stranger_payment',
      ),
    ).toBe('high');
    expect(
      severityOf(
        await scan({
          from,
          to,
          text: 'Non dirlo alla mamma, ti prego. Ho avuto un incidente e la polizia mi trattiene: serve una cauzione entro domani.',
        }),
        'email.content.stranger_payment',
      ),
    ).toBe('high');
    expectAbsent(
      await scan({
        from,
        to,
        text: "Dad had a small accident at work, he is fine and home already. Don't tell grandma yet, she will only worry. I'll pay the hospital copay and we can sort it out later.",
      }),
      'email.content.stranger_payment',
    );
    expectAbsent(
      await scan({
        from,
        to,
        text: "Don't tell mom, but we are planning a surprise party for her 60th. Can you pay for the cake? I'll send you my share.",
      }),
      'email.content.stranger_payment',
    );
  });

  it("a professor's mailbox asking for the answer at his personal address, replies diverted there, is the job scam's ask beside its deception; a note that says never to write to a personal address is not", async () => {
    const offer = await scan({
      from: 'Whitfield, Daniel R <d.whitfield@university.example>',
      replyTo: 'Daniel Whitfield <prof.dwhitfield.lab@gmail.com>',
      to: 'students@university.example',
      subject: 'Student assistant opening for the fall',
      text: "I'm looking to bring on one or two students to help with light administrative work while I'm away. It pays $400 a week.\n\nIf you're interested, drop me a line at my personal address (prof.dwhitfield.lab@gmail.com) with your name and a phone number where I can text you, since I'm not checking this account often while traveling.",
    });
    expectFires(offer, 'email.content.private_mailbox_ask');
    expect(offer.explanation?.gate?.open).toBe(true);
    expectAbsent(
      await scan({
        from: 'IT Service Desk <it@university.example>',
        to: 'students@university.example',
        text: 'Faculty will never ask you to reply to their personal email address with your details. Please do not email my personal address about coursework; use this university account.',
      }),
      'email.content.private_mailbox_ask',
    );
    // a postal address asks nothing of a mailbox
    expectAbsent(
      await scan({
        from: 'Anna Ferraro <anna.ferraro@gmail.com>',
        to: 'orders@shop.example',
        text: 'Could you send the parcel to my home address instead? Mail it to my home address in Sarasota, not the office.',
      }),
      'email.content.private_mailbox_ask',
    );
  });
});
