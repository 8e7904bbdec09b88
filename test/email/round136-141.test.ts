/**
 * Rounds 136-141 (a hospital trials office in Copenhagen, a tea exporter in Colombo, a payroll
 * bureau in Manila, a soybean cooperative in Curitiba, a fashion house in Milan, a trucking company
 * in Calgary), scored unread: four of their seven false alarms, read afterwards. A colleague who
 * reports a fake bank change in quotation marks, an IT bulletin about "golpes", a health insurer's
 * "your corporate account" to HR, Emirates' own sending domain. Each beside the attack it must still
 * catch.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires, severityOf } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });
const CHANGE = 'email.content.payment_change';

describe('a bank change reported in quotation marks', () => {
  it('"Carmela emailed a \\"new Security Bank account\\"": the writer tells of it and changes nothing', async () => {
    const v = await scan({
      from: 'Janine Ocampo <janine@balangay-hr.example>',
      to: 'Tess <tess@balangay-hr.example>',
      subject: 'For approval today: PR-2026-0311',
      text: 'Hi Tess, PR-2026-0311 (PHP 248,360.00) is in your approval queue; same BDO account we have paid since 2023. One thing: Carmela emailed a "new Security Bank account" on Wednesday from a slightly different domain. I called her on the landline in our vendor file and she confirmed they have not changed banks.',
    });
    expectAbsent(v, CHANGE);
    expect(v.verdict).toBe('clean');
  });
  it('the same words announced by the sender still fire', async () => {
    const v = await scan({
      from: 'Carmela Reyes <carmela@mactan-cloud.example>',
      to: 'Tess <tess@balangay-hr.example>',
      subject: 'Updated remittance details',
      text: 'Hi Tess, please note our new Security Bank account for the February SOA (PHP 248,360.00): account 0012-3456-7890. Kindly use it from today.',
    });
    expectFires(v, CHANGE);
  });
});

describe('a warning about scams in Portuguese', () => {
  const BULLETIN =
    'Boletim de Segurança nº 7. Pessoal, recebemos três tentativas de golpe. Troca de conta de fornecedor: e-mail de um domínio parecido avisando "alteração de dados bancários" e pedindo pagamento urgente para a nova conta. Não paguem nada e avisem a TI.';
  it('an IT bulletin naming "golpes" quotes the bank change it warns of, and is not one', async () => {
    const v = await scan({
      from: 'TI Pinhão Verde <ti@pinhaoverde.example>',
      to: 'Todos <todos@pinhaoverde.example>',
      subject: 'Boletim de Segurança - golpes de troca de dados bancários',
      text: BULLETIN,
    });
    expect(severityOf(v, CHANGE)).not.toBe('high');
  });
  it('the change itself, with no word of a scam, stays strong', async () => {
    const v = await scan({
      from: 'Financeiro Fertiparaná <financeiro@fertiparana-insumos.example>',
      to: 'Compras <compras@pinhaoverde.example>',
      subject: 'Alteração de dados bancários',
      text: 'Prezados, informamos a alteração de dados bancários da Fertiparaná. Pedimos que o pagamento das faturas em aberto seja feito para a nova conta: Banco 341, agência 0457, conta 88213-4.',
    });
    expect(severityOf(v, CHANGE)).toBe('high');
  });
});

describe('a supplier\'s "your corporate account"', () => {
  const EMPLOYER = 'email.sender.outside_employer_notice';
  it("a health insurer's enrolment notice to HR speaks of the client company's account", async () => {
    const v = await scan({
      from: 'Maxicare Corporate Accounts <corporate.accounts@maxicare.example>',
      to: 'HR <hr@balangay-hr.example>',
      subject: 'Enrollment confirmation - 14 new members',
      text: 'Dear Client, this is to confirm the enrollment of 14 new members under your corporate account effective January 16. Members may access their digital cards via the Maxicare app after activation.',
    });
    expectAbsent(v, EMPLOYER);
  });
  it('"your corporate email password" from an outside domain is still the employer spoken for', async () => {
    const v = await scan({
      from: 'IT Service Desk <helpdesk@it-servicedesk.example>',
      to: 'Tess <tess@balangay-hr.example>',
      subject: 'Password expiry',
      text: 'Your corporate email password expires today. Sign in at https://it-servicedesk.example/login to keep your mailbox active.',
    });
    expectFires(v, EMPLOYER);
  });
});

describe("Emirates' own sending domain", () => {
  it('a booking confirmation from emirates.email is Emirates speaking', async () => {
    const v = await scan({
      from: 'Emirates <do-not-reply@emirates.email>',
      to: 'Export <export@ceylon-tea.example>',
      subject: 'Your booking confirmation - EK 651',
      text: 'Thank you for booking with Emirates. Booking reference: K7QX2M. Colombo (CMB) to Dubai (DXB), 14 February.',
    });
    expectAbsent(v, 'email.sender.brand_display_name');
  });
  it('the same name from another domain still names the brand', async () => {
    const v = await scan({
      from: 'Emirates <do-not-reply@emirates-bookings.example>',
      to: 'Export <export@ceylon-tea.example>',
      subject: 'Your booking confirmation - EK 651',
      text: 'Thank you for booking with Emirates. Booking reference: K7QX2M.',
    });
    expectFires(v, 'email.sender.brand_display_name');
  });
});
