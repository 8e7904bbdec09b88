/**
 * From the fifty-third, sixty-second and sixty-third rounds of hand-made mail (a Mexican metal-parts
 * maker; a Nordic medtech maker; a university's earth-sciences department), read after each was
 * measured unread: look-alike domains of a brand with Spanish, German and Nordic service words, the
 * Mexican tax office and courier, the bank's
 * "if you do not recognise this, call our fraud desk" in the Nordic languages, Danish and Norwegian
 * phone numbers written in pairs, and the academic publishers researchers are phished in the name
 * of. Each beside its look-alike.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { findPhones } from '../../src/email/content.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires, severityOf } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hej', ...o }), { config, scorer: null });
const to = 'karin.sjoberg@nordvik.example';
const phones = (text: string) => findPhones([{ where: 'body:text', text }]).map((p) => p.match);

describe('round 62: the Nordic fraud-desk callback', () => {
  const swedish =
    'Vi har i dag registrerat att en ny betalningsmottagare har lagts till och en första betalning om 48 600 EUR är schemalagd. Om ni inte känner igen ändringen ber vi er kontakta vår säkerhetsavdelning på telefon 08-446 925 10 så stoppar vi betalningen.';
  const danish =
    'Vi har stoppet en overførsel fra jeres erhvervskonto. Kender I ikke overførslen, bedes I ringe til vores afdeling for svindelbekæmpelse på 33 44 09 17 og oplyse sagsnummer DB-4471-0630.';

  it('a bank name on free mail with the hook and a number is a callback scam, flagged', async () => {
    for (const [from, text] of [
      ['Swedbank Säkerhetsavdelning <swedbank.kundsakerhet@hotmail.example>', swedish],
      ['Danske Bank Erhverv <danskebank.erhverv@outlook.example>', danish],
    ] as const) {
      const v = await scan({ from, to, text });
      expect(severityOf(v, 'email.content.callback')).toBe('high');
      expect(v.verdict).not.toBe('clean');
    }
  });

  it("the bank's own notice with the same hook is an ask without deception: clean", async () => {
    const v = await scan({ from: 'Swedbank <noreply@swedbank.se>', to, text: swedish });
    expectFires(v, 'email.content.callback');
    expect(v.verdict).toBe('clean');
  });

  it('the hook needs the charge disowned: "ring oss" beside a number alone is no callback', async () => {
    expectAbsent(
      await scan({
        from: 'Ola Nordmann <ola@nordmann.example>',
        to,
        text: 'Takk for møtet i går. Ring oss gjerne på 22 48 50 00 hvis du har spørsmål om tilbudet.',
      }),
      'email.content.callback',
    );
  });

  it('reads Danish and Norwegian numbers in pairs and Swedish area codes, not dates or sums', () => {
    expect(phones('ring til os på 33 44 09 17 i dag')).toEqual(['33 44 09 17']);
    expect(phones('kontakta oss på 08-446 925 10')).toEqual(['08-446 925 10']);
    expect(phones('ordre 42 34 56 78 90')).toEqual([]);
    expect(phones('beløbet 1.250,00 kr den 12.05.2026')).toEqual([]);
    expect(phones('serienummer 22 34 56 78 90 12')).toEqual([]);
  });
});

describe('round 62: payroll diversion in Swedish', () => {
  it('"my salary to my new account" in the first person is the diversion asked for; HR\'s notice of a changed account is not', async () => {
    const asked = await scan({
      from: 'Peter Dahl <peterdahl.privat@live.example>',
      to,
      text: 'Hej Maria! Jag har bytt bank och skulle behöva få lönen till mitt nya konto från och med oktoberlönen. Nya uppgifter: ICA Banken, clearingnummer 9272, kontonummer 104 63 81 92.',
    });
    expect(severityOf(asked, 'email.content.payroll_diversion')).toBe('high');
    expect(severityOf(asked, 'email.content.payment_change')).toBe('high');
    const notice = await scan({
      from: 'Lönekontoret <lon@nordvik.example>',
      to,
      text: 'Ditt nya konto för lön är registrerat och gäller från nästa utbetalning.',
    });
    expect(severityOf(notice, 'email.content.payment_change')).not.toBe('high');
  });
});

describe('round 63: the vishing callback about a security event', () => {
  const german =
    'für Ihren Zugang zum Online-Banking wurde heute ein neues Gerät (Samsung Galaxy S24) für die pushTAN-Freigabe registriert. Wenn Sie diese Registrierung selbst durchgeführt haben, ist nichts weiter zu tun. Falls nicht, kontaktieren Sie bitte umgehend unser Sicherheitsteam telefonisch unter +43 1 2675 99 80, damit wir das Gerät sperren können.';
  const english =
    'A new device was registered for your online banking today. If this was you, no action is needed. If not, call our fraud team on +44 20 7946 0321 so we can block it.';

  it('a new device registered, "if not, call us" and a number: a callback ask, flagged beside a look-alike sender', async () => {
    for (const text of [german, english]) {
      const v = await scan({
        from: 'Commerzbank Sicherheit <service@commerzbank-kundenservice.example>',
        to,
        text,
      });
      expect(severityOf(v, 'email.content.callback')).toBe('medium');
      expect(v.verdict).not.toBe('clean');
    }
  });

  it('the bank\'s own alert says the same and stays clean; "if not, call me" about a meeting is no callback', async () => {
    const own = await scan({ from: 'Commerzbank <noreply@commerzbank.de>', to, text: english });
    expectFires(own, 'email.content.callback');
    expect(own.verdict).toBe('clean');
    expectAbsent(
      await scan({
        from: 'Jonas Weber <jonas.weber@partner.example>',
        to,
        text: 'Passt dir Donnerstag um 10 Uhr? Falls nicht, ruf mich kurz an unter +43 1 2675 99 80.',
      }),
      'email.content.callback',
    );
  });
});

describe('round 63: academic publishers', () => {
  const text = 'Please sign in to your author account to review the article processing charge.';
  it("a publisher's look-alike domain and a publisher's name on another domain are impersonation", async () => {
    expectFires(
      await scan({ from: 'Elsevier Author Services <apc@elsevier-apc.example>', to, text }),
      'email.sender.brand_display_name',
    );
    expectFires(
      await scan({ from: 'Geosciences Editorial Office <geosciences@rndpi.com>', to, text }),
      'email.sender.lookalike_domain',
    );
  });

  it("the publishers' own mail is not, and a surname like a publisher's is no brand", async () => {
    for (const from of [
      'Geosciences Editorial Office <geosciences@mdpi.com>',
      'Elsevier <authorsupport@elsevier.com>',
      'ORCID <reset@orcid.org>',
      'ResearchGate <no-reply@researchgatemail.net>',
      'Web of Science Alerts <noreply@clarivate.com>',
      'Thomas Springer <t.springer@gmail.com>',
    ]) {
      const v = await scan({ from, to, text });
      expectAbsent(v, 'email.sender.brand_display_name');
      expectAbsent(v, 'email.sender.lookalike_domain');
    }
  });
});

describe('round 53: look-alikes in other languages', () => {
  const text = 'Consulte el aviso en su Buzón Tributario e ingrese con su e.firma antes del viernes.';
  it("a brand glued to 'notificaciones', 'kundenservice' or 'avisos' is a look-alike; the tax office's and the courier's own mail is not", async () => {
    for (const from of [
      'BBVA Net Cash <avisos@bbva-notificaciones.com>',
      'Sparkasse <info@sparkasse-kundenservice.de>',
      'SAT Buzón Tributario <avisos@avisos-buzontributario.mx>',
      'Estafeta <envios@estafeta-envios.com.mx>',
    ])
      expectFires(await scan({ from, to, text }), 'email.sender.lookalike_domain');
    for (const from of [
      'SAT <noreply@sat.gob.mx>',
      'Estafeta <notificaciones@estafeta.com>',
      'BBVA <avisos@bbva.mx>',
    ]) {
      const v = await scan({ from, to, text });
      expectAbsent(v, 'email.sender.lookalike_domain');
      expectAbsent(v, 'email.sender.brand_display_name');
    }
  });
});

describe('round 62: opening the file, in the Nordic languages', () => {
  it('"öppna den bifogade filen" is an ask to open a file; a Swedish thank-you note is not', async () => {
    expectFires(
      await scan({
        from: 'Röstbrevlåda <voicemail@nordvik.example>',
        to,
        text: 'Du har ett nytt röstmeddelande. Lyssna på meddelandet genom att öppna den bifogade filen.',
      }),
      'email.content.link_or_file_ask',
    );
    expectAbsent(
      await scan({
        from: 'Erik Berg <erik.berg@partner.example>',
        to,
        text: 'Tack för mötet i går, det var trevligt att ses. Vi hörs nästa vecka om leveransen.',
      }),
      'email.content.link_or_file_ask',
    );
  });
});

describe('round 63: an embassy on free mail', () => {
  const text = '请您致电领事部专线 +43 1 9287 4410，并提供您的护照号码以便查询。';
  it("an embassy's or consulate's name on a free mail account is a role no such office writes from", async () => {
    for (const from of [
      '中国驻奥地利大使馆领事部 <lingshibu.aodili@163.com>',
      'Embassy of India, Consular Wing <consular.wing@gmail.com>',
    ])
      expectFires(await scan({ from, to, text }), 'email.sender.freemail_role_claim');
  });
  it("a hotel called Embassy Suites, or the word in a free mail user's prose, is not", async () => {
    expectAbsent(
      await scan({
        from: 'Embassy Suites fan <mike.r@gmail.com>',
        to,
        text: 'Booked the Embassy Suites for the conference.',
      }),
      'email.sender.freemail_role_claim',
    );
    expectAbsent(
      await scan({
        from: 'Chen Yutong <yutong.chen@gmail.com>',
        to,
        text: 'I have an appointment at the embassy of China on Monday, so I will miss the seminar.',
      }),
      'email.sender.freemail_role_claim',
    );
  });
});
