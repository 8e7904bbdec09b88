/**
 * Gift-card and payroll-diversion BEC read by meaning in Croatian, Slovak, Swahili and Icelandic
 * (scam-concepts.ts: "poklon kartice … sastruži kodove … pošalji mi fotke", "darčekové poukážky …
 * kódy mi pošli sem", "vocha … nitumie picha za namba za vocha"; "zmena účtu pre výplatu", "nýi
 * reikningurinn … laun"), written from the missed attacks of round 182-187 (read after scoring).
 * Look-alikes: HR announcing vouchers whose codes the staff will receive, and a salary account
 * change sent from the employee's own company mailbox.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Pozdrav', ...o }), { config, scorer: null });

describe('gift cards and their codes, asked for by meaning', () => {
  it.each([
    [
      'Croatian',
      'Zoran Novak <z.novak.farmadria@outlook.com>',
      'Bok Maja, trebam malu uslugu. Trebalo bi 10 Apple poklon kartica po 100 EUR. Kupi ih online, samo sastruži kodove sa stražnje strane i pošalji mi fotke ovdje. Hvala, Zoran',
    ],
    [
      'Slovak',
      'Katarína Vlčková <katarina.vlckova.hr@gmail.com>',
      'Ahoj Andrea, potrebovali by sme 10 ks elektronických darčekových poukážok Alza po 100 €. Kódy z poukážok mi prosím pošli sem do mailu. Vďaka, Katka',
    ],
    [
      'Swahili',
      'Samuel Kiprotich <s.kiprotich.farm@gmail.com>',
      'Mercy habari, tafadhali nunua vocha za airtime za KES 1,000 kila moja, kisha nitumie picha za namba za vocha hapa kwenye email hii. Samuel',
    ],
  ])('%s', async (_, from, text) => {
    const v = await scan({ from, to: 'staff@firma.example', text });
    expectFires(v, 'email.content.gift_card');
    expect(v.verdict).not.toBe('clean');
  });

  it('HR announcing vouchers whose codes the staff will be sent is no ask', async () => {
    const v = await scan({
      from: 'Ľudské zdroje <hr@firma.example>',
      to: 'vsetci@firma.example',
      text: 'Milí kolegovia, každý z vás dostane k sviatkom darčekovú poukážku Alza v hodnote 50 €. Kódy vám pošleme e-mailom do piatku. Ľudské zdroje',
    });
    expectAbsent(v, 'email.content.gift_card');
  });
});

describe('pay to go into a new account, by meaning', () => {
  const slovak =
    'Dobrý deň, pani Mrázová, od marca mám mzdový účet v inej banke. Prosím Vás o zmenu účtu pre výplatu od marcovej mzdy: IBAN: SK54 6500 0000 0000 2041 8876. Ďakujem pekne, Eva Tóthová';
  it('Slovak, from free mail', async () => {
    const v = await scan({
      from: 'Eva Tóthová <eva.tothova84@outlook.com>',
      to: 'mzdy@firma.example',
      text: slovak,
    });
    expectFires(v, 'email.content.payroll_diversion');
    expect(v.verdict).not.toBe('clean');
  });
  it('Icelandic, from free mail', async () => {
    const v = await scan({
      from: 'Kristján Baldursson <kristjan.baldursson78@gmail.com>',
      to: 'laun@gufuhver.example',
      subject: 'Breyting á launareikningi',
      text: 'Hæ Bryndís, ég var að skipta um banka og vildi láta þig vita áður en laun verða keyrð. Nýi reikningurinn er: 0515-26-017733. Takk kærlega! Kristján',
    });
    expectFires(v, 'email.content.payroll_diversion');
  });
  it("the same Slovak change from the employee's company mailbox stays clean", async () => {
    const v = await scan({
      from: 'Eva Tóthová <eva.tothova@firma.example>',
      to: 'mzdy@firma.example',
      text: slovak,
    });
    expect(v.verdict).toBe('clean');
  });
});

describe('the excuse for an unknown address, and a payment asked for, in more languages', () => {
  it.each([
    ['Croatian', 'Tomislave, pišem ti s privatne adrese jer je ovo pod NDA.', 'pišem ti s privatne adrese'],
    ['Slovak', 'Tomáš, túto vec nemôžem riešiť cez firemný mail.', 'nemôžem riešiť cez firemný mail'],
    ['Russian', 'Ерлан, пишу с личной почты, корпоративная не синхронизируется.', 'пишу с личной почты'],
    [
      'Icelandic',
      'Hæ Bryndís, ég skrifa úr einkapóstinum þar sem VPN-ið er í vandræðum.',
      'skrifa úr einkapóstinum',
    ],
  ])('%s', async (_, text, quoted) => {
    const v = await scan({ from: 'Someone <someone.private@gmail.com>', to: 'cfo@firma.example', text });
    expect(expectFires(v, 'email.content.personal_address_pretext').message).toContain(quoted);
  });

  it('a CEO on Gmail, the excuse, and a deposit to an escrow account (Croatian)', async () => {
    const v = await scan({
      from: 'Zoran Novak <zoran.novak.ured@gmail.com>',
      to: 'tomislav@farmadria.example',
      subject: 'Povjerljivo',
      text: 'Tomislave, pišem ti s privatne adrese jer je ovo pod NDA. Danas do 12 h moramo uplatiti depozit na escrow račun odvjetničkog ureda, 186.400 EUR. Molim te da to obradiš sam. Z.',
    });
    expectFires(v, 'email.content.payment_request');
    expect(v.verdict).not.toBe('clean');
  });

  it('a friend writing from a private address with nothing to ask stays clean', async () => {
    const v = await scan({
      from: 'Ivana Horvat <ivana.horvat77@gmail.com>',
      to: 'maja@firma.example',
      subject: 'Vikend',
      text: 'Bok Maja, pišem ti s privatne adrese jer sam na godišnjem. Vidimo se u subotu na kavi? Ivana',
    });
    expect(v.verdict).toBe('clean');
  });
});
