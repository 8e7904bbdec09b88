/**
 * From the thirty-fifth round of hand-made mail (measured unread, then read): the fake help desk
 * that asks, in words, for Quick Assist's code, and lures in the reader's own language naming a
 * regional brand (Coupang, Japan Post, Sberbank …) the brand list did not know. Each with the
 * legitimate look-alike that must stay clean.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { inspectDomain } from '../../src/url/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });
const ID = 'email.content.remote_access_request';

describe('email.content.remote_access_request', () => {
  it('fires on Quick Assist\'s code asked for in Polish by an outside "IT helpdesk", and flags with that disguise', async () => {
    const v = await scan({
      from: 'Helpdesk IT <helpdesk@polmet-serwis.example>',
      to: 'Tomasz <t.wrobel@polmet.example>',
      subject: 'Zgłoszenie INC-88217: aktualizacja klienta VPN',
      text: 'Dzień dobry,\n\nNasz technik zadzwoni dziś przez Teams. Prosimy wtedy uruchomić aplikację Szybka pomoc (Quick Assist) w systemie Windows i podać technikowi wyświetlony kod.\n\nHelpdesk IT',
    });
    expectFires(v, ID);
    expectFires(v, 'email.sender.external_it_role');
    expect(v.verdict).not.toBe('clean');
  });
  it('fires in English, German and Japanese, and on an install of the tool', async () => {
    for (const text of [
      'Hi, to finish the mailbox migration please send me your AnyDesk ID and accept the connection when it pops up.',
      'Bitte starten Sie die Schnellhilfe und nennen Sie unserem Techniker den angezeigten Code.',
      'Please download TeamViewer QuickSupport before our call at 2pm.',
      'お電話の際に、クイックアシストを起動して表示されたコードを担当者にお伝えください。',
    ]) {
      const v = await scan({
        from: 'Service Desk <desk@outside-support.example>',
        to: 'a@customer.example',
        text,
      });
      expectFires(v, ID);
    }
  });
  it('stays silent for the warning that says never to do it, between colleagues, and in list mail', async () => {
    const warning = await scan({
      from: 'Service Desk <desk@outside-support.example>',
      to: 'a@customer.example',
      text: 'Reminder: our engineers will never ask you to open Quick Assist or read out its code over the phone.',
    });
    expectAbsent(warning, ID);
    const colleague = await scan({
      from: 'IT Support <it@contoso.example>',
      to: 'sam@contoso.example',
      text: 'As agreed, start Quick Assist at 3pm and read me the code it shows.',
    });
    expectAbsent(colleague, ID);
    const list = await scan({
      from: 'Admins list <admins@lists.example>',
      to: 'a@customer.example',
      headers: { 'List-Id': '<admins.lists.example>', 'List-Unsubscribe': '<https://lists.example/u>' },
      text: 'Tip: tell the user to open Quick Assist and give you the code; it is built into Windows.',
    });
    expectAbsent(list, ID);
  });
  it('leaves a vendor support ticket that asks for a TeamViewer ID to the gate: an ask, not a flag', async () => {
    const v = await scan({
      from: 'Acme Support <support@acme-software.example>',
      to: 'a@customer.example',
      subject: 'Re: [Ticket #4411] licence server not starting',
      text: 'Hello,\n\nThanks for the logs. If convenient, please send us your TeamViewer ID and password for a session tomorrow at 10:00.\n\nBest regards,\nAcme Support',
    });
    expectFires(v, ID);
    expect(v.verdict).toBe('clean');
  });
});

describe('the next-of-kin letter in any words', () => {
  it("fires when a dead stranger's millions have no heirs but the reader's surname (Portuguese)", async () => {
    const v = await scan({
      from: '"Dr. Ricardo Menezes Alves" <r.menezes.advocacia@freemail.example>',
      to: 'joao.ferreira@sol-nascente.example',
      subject: 'Assunto confidencial – espólio do Sr. Ferreira',
      text: 'Caro Sr. Ferreira,\n\nSou advogado em Lisboa e represento o espólio de um cliente falecido em 2023, que deixou depósitos de EUR 2,3 milhões sem herdeiros identificados. O seu apelido e região coincidem com os registos. Peço apenas que responda com o seu nome completo e um contacto telefónico.',
    });
    expectFires(v, 'email.content.advance_fee');
    expect(v.verdict).not.toBe('clean');
  });
  it("stays silent for a probate lawyer's letter to the heir the will names", async () => {
    const v = await scan({
      from: 'Notariado Costa & Filhos <geral@costa-notariado.example>',
      to: 'joao.ferreira@sol-nascente.example',
      subject: 'Processo de inventário – herança da Sra. Maria Ferreira',
      text: 'Caro Sr. Ferreira,\n\nNa sequência do falecimento da sua mãe, a Sra. Maria Ferreira, informamos que a herança, no valor de EUR 120.000, será partilhada conforme o testamento. Agendámos a escritura para dia 14; traga o cartão de cidadão.',
    });
    expectAbsent(v, 'email.content.advance_fee');
    expect(v.verdict).toBe('clean');
  });
});

describe("the money mule's first letter", () => {
  const body = (chat: string) =>
    `Hi Aisha,\n\nYour profile was shortlisted for our Remote Accounts Assistant role. The position is part-time and pays USD 2,400 per month plus a commission on each client payment you process. No prior experience is needed.\n\n${chat} Please have a bank account you can use for receiving client payments ready.\n\nKind regards,\nEmily Carter`;
  it("fires on a job receiving clients' payments into the reader's account, for a commission, interview on WhatsApp", async () => {
    const v = await scan({
      from: 'Emily Carter <emily.carter@novaline-careers.example>',
      to: 'aisha.bello@mail.example',
      text: body(
        'The next step is a short text interview with our hiring manager on WhatsApp: +44 7520 613 884.',
      ),
    });
    expectFires(v, 'email.content.money_mule');
    expect(v.verdict).not.toBe('clean');
  });
  it('stays silent for an accounts-receivable job whose interview is an ordinary one', async () => {
    const v = await scan({
      from: 'Emily Carter <emily.carter@novaline-careers.example>',
      to: 'aisha.bello@mail.example',
      text: body(
        'The next step is a video interview with our finance manager; pick a slot in our careers portal.',
      ),
    });
    expectAbsent(v, 'email.content.money_mule');
  });
});

describe('regional brands', () => {
  it("flags Coupang's Korean name from a combosquat of its domain, and not Coupang's own mail", async () => {
    const fake = await scan({
      from: '쿠팡 고객센터 <order@coupang-payments.example>',
      to: 'jh.park@mail.example',
      subject: '[결제완료] 주문번호 2026041788231 결제 안내',
      text: '본인이 주문하지 않으셨다면 결제 취소를 위해 고객센터로 연락해 주세요. 고객센터: 02-6953-7714',
    });
    expectFires(fake, 'email.sender.brand_display_name');
    expect(fake.verdict).not.toBe('clean');
    const real = await scan({
      from: '쿠팡 <no-reply@coupang.com>',
      to: 'jh.park@mail.example',
      subject: '[쿠팡] 주문하신 상품이 발송되었습니다',
      text: '주문하신 상품이 발송되었습니다. 배송 조회는 쿠팡 앱에서 확인하세요.',
    });
    expectAbsent(real, 'email.sender.brand_display_name');
    expectAbsent(real, 'email.sender.lookalike_domain');
  });
  it('knows the regional brands on their own domains and look-alikes of them', () => {
    const signals = (d: string) => inspectDomain(d, { config, where: 'test' }).signals.map((s) => s.id);
    expect(signals('rakuten-card.co.jp')).toEqual([]);
    expect(signals('sberbank.ru')).toEqual([]);
    expect(signals('leboncoin-messagerie.com')).toContain('domain.lookalike.combosquat');
    expect(signals('smbc-cards.top').some((s) => s.startsWith('domain.lookalike.'))).toBe(true);
    // a brand name one letter from a generic word is not a typosquat target (mybank, allpay, bcash)
    expect(signals('mybank.cn')).toEqual([]);
    expect(signals('bcash.com.br')).toEqual([]);
  });
});
