/**
 * Held-out round 25 (calm, model-written attacks on Fabrikam), read after it was measured: what the
 * release before missed, each with a case that fires and a legitimate look-alike that must not.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) =>
  analyzeEmail(eml({ to: 'Jordan Doe <j.doe@fabrikam.example>', ...o }), { config, scorer: null });

describe('a vendor cousin in the thread', () => {
  const reply = (from: string) => ({
    from,
    subject: 'RE: Harlow Industrial - statement of open items',
    text: 'Hi Jordan,\n\nThanks for checking. One small admin change for the December run: following our move to a new treasury provider, our receivables now go to the account below. Could you update our remit-to for this payment and future ones?\n\nKind regards,\nMegan Ortiz\nAccounts Receivable\nHarlow Industrial Supply LLC',
  });
  it("signs as Harlow Industrial Supply from harlowsuply: the name's first and last word, misspelt", async () => {
    const v = await scan(reply('Megan Ortiz <m.ortiz@harlowsuply.example>'));
    expectFires(v, 'email.sender.misspelt_own_name');
    expect(expectFires(v, 'email.content.payment_change').severity).toBe('high');
  });
  it('… and the same mail from harlowsupply itself names its own company', async () => {
    const v = await scan(reply('Megan Ortiz <m.ortiz@harlowsupply.example>'));
    expectAbsent(v, 'email.sender.misspelt_own_name');
  });
});

describe('asks read in any words', () => {
  it("an employee's salary into a new account, in Spanish, from a free mail address", async () => {
    const v = await scan({
      from: 'Carlos Méndez Ortega <carlosmendez.ortega82@gmail.com>',
      subject: 'Cambio de cuenta',
      text: 'Hola Ana: te escribo porque he cambiado de banco este mes y quería pedirte que la nómina de diciembre (y la paga extra) se ingrese ya en la cuenta nueva: IBAN ES91 1583 0001 1490 2217 6643. Un saludo, Carlos',
    });
    expectFires(v, 'email.content.payroll_diversion');
    expect(v.verdict).not.toBe('clean');
  });
  it('HR telling staff their salary statements moved to the new portal is no new account', async () => {
    const v = await scan({
      from: 'HR <hr@fabrikam.example>',
      subject: 'Nuevo portal',
      text: 'Hola a todos: desde enero las nóminas se consultan en el nuevo portal del empleado. No hay que hacer nada más.',
    });
    expectAbsent(v, 'email.content.payroll_diversion');
  });
  it('a renewal "if you believe this charge is incorrect, contact us" with a number is the callback hook', async () => {
    const v = await scan({
      from: 'Order Confirmation <ordersupport.desk7@outlook.com>',
      subject: 'Your order NRT-5520-19837 has been processed',
      text: 'Dear Customer, your Norton 360 Deluxe subscription has been renewed. Amount: $399.99. If you believe this charge is incorrect, please contact our customer desk at +1 (855) 462-0188 within 24 hours for a full refund.',
    });
    expect(expectFires(v, 'email.content.callback').severity).toBe('high');
  });
  it('a shop receipt with a help line and no disowned charge stays a receipt', async () => {
    const v = await scan({
      from: 'Norton <noreply@norton.com>',
      subject: 'Your receipt',
      text: 'Thank you for your purchase of Norton 360 Deluxe, $99.99. Questions? Manage your subscription at https://my.norton.com.',
    });
    expectAbsent(v, 'email.content.callback');
  });
  it('a Dutch CEO asking to "klaarzetten" a payment of EUR 36.400 today', async () => {
    const v = await scan({
      from: 'Daniel Hartmann <d.hartmann@fabrikam-bv.example>',
      subject: 'Aanbetaling stellingen',
      text: 'Hoi Sanne, kun je vandaag een betaling van EUR 36.400 klaarzetten als aanbetaling voor de nieuwe stellingen? De bankgegevens stuur ik zo door. Groet, Daniel',
    });
    expectFires(v, 'email.content.payment_request');
  });
});

describe('scams read by meaning', () => {
  it('task pay-outs "120-300 per day" credited daily, then Telegram', async () => {
    const v = await scan({
      from: 'Hannah Cole <hannah.cole.brightlane@yahoo.com>',
      subject: 'Flexible remote role',
      text: 'The role involves completing short "app optimisation" task sets from your phone, about 45 minutes a day. Earnings are typically 120-300 per day. If you would like to know more, message our onboarding coordinator on Telegram: @brightlane_mia',
    });
    expectFires(v, 'email.content.advance_fee');
  });
  it('a contractor day rate is no range of pay-outs', async () => {
    const v = await scan({
      from: 'Priya <priya@recruit-partners.example>',
      subject: 'Contract role',
      text: 'The client pays 650 per day for a six-month data engineering contract with daily stand-up tasks. Happy to chat on WhatsApp if easier.',
    });
    expectAbsent(v, 'email.content.advance_fee');
  });
  it('data copied from the business, bitcoin asked, published after five days (Italian)', async () => {
    const v = await scan({
      from: 'Data Audit Team <dataaudit.team@proton.me>',
      subject: 'Dati aziendali',
      text: 'Abbiamo avuto accesso alla vostra infrastruttura e abbiamo copiato circa 180 GB di dati. In cambio della cancellazione chiediamo 3,5 BTC. Avete 5 giorni lavorativi, poi i dati saranno pubblicati.',
    });
    expectFires(v, 'email.content.extortion');
  });
  it('IT saying the backups were copied to the new storage before the Bitcoin talk is no extortion', async () => {
    const v = await scan({
      from: 'IT <it@fabrikam.example>',
      subject: 'Backup migration',
      text: 'All backups were copied to the new storage over the weekend. Separately, the finance team asked about accepting BTC payments; we will discuss it at the meeting.',
    });
    expectAbsent(v, 'email.content.extortion');
  });
});

describe('advance-fee letters of rounds 21 and 24', () => {
  it("a dead stranger's estate, the reader as heir, the proceeds shared 50/50", async () => {
    const v = await scan({
      from: 'Miguel Duarte Ferreira <m.d.ferreira.chambers@gmx.com>',
      subject: 'Estate of late Erik A. Lindgren',
      text: 'I am writing on behalf of the estate of the late Mr. Erik A. Lindgren, who passed away in Lisbon without a will. The funds held at his bank (EUR 4,850,000) will go to the state if no claimant comes forward. Because you share his surname I propose that you be presented as the beneficiary. The proceeds would be shared 50/50. Kindly reply with your full name and phone number.',
    });
    expectFires(v, 'email.content.advance_fee');
  });
  it('a probate solicitor writing to a named heir about the estate shares nothing with a stranger', async () => {
    const v = await scan({
      from: 'Harper & Co Solicitors <probate@harper-solicitors.example>',
      subject: 'Estate of the late Margaret Doe',
      text: 'Dear Mr Doe, following the death of your mother, Margaret Doe, we act for the executors. Your inheritance under the will is GBP 42,000 and will be paid once probate is granted. Please send us a certified copy of your passport.',
    });
    expectAbsent(v, 'email.content.advance_fee');
  });
  it('a loan whose file fee is paid by PostePay top-up before the pay-out (Italian)', async () => {
    const v = await scan({
      from: 'Giulia Ferraresi <giulia.ferraresi.prestiti@gmail.com>',
      subject: 'Prestito personale al 2%',
      text: "Offriamo prestiti personali da 5.000 a 80.000 euro anche a chi è segnalato in CRIF. Erogazione in 48 ore. L'unico costo è una piccola spesa di istruttoria di 290 euro, da versare tramite ricarica PostePay prima dell'erogazione.",
    });
    expectFires(v, 'email.content.advance_fee');
  });
  it("a bank's loan offer with its file fee taken from the loan is no advance fee", async () => {
    const v = await scan({
      from: 'Banca Esempio <offerte@banca-esempio.example>',
      subject: 'Il tuo prestito',
      text: "Il prestito è stato approvato: l'erogazione avverrà entro 5 giorni sul tuo conto. Le spese di istruttoria di 150 euro sono trattenute dall'importo erogato.",
    });
    expectAbsent(v, 'email.content.advance_fee');
  });
});
