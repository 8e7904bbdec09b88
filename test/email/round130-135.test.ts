/**
 * False alarms of blind rounds 130-135 (read after the rounds were scored unread), each beside the
 * attack of the same shape that must still be caught.
 */
import { describe, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const scan = (o: EmlOptions) => analyzeEmail(eml(o), { config: resolveConfig({}), scorer: null });

describe('a changed IBAN the sentence itself calls fake (email.content.payment_change)', () => {
  const ID = 'email.content.payment_change';
  const mail = (text: string) =>
    scan({
      from: 'Giulia Conti <giulia.conti@lindenhof-dental.example>',
      to: 'Marco Bernasconi <marco.bernasconi@lindenhof-dental.example>',
      subject: 'Approvazione pagamento Fresatura',
      text,
    });
  it('leaves a colleague\'s "the other mail with the new IBAN was the fake one" alone, in four languages', async () => {
    for (const text of [
      `IBAN e importo sono quelli della fattura originale. L'altra mail con il "nuovo IBAN" era quella falsa che abbiamo segnalato, quindi ignorala.`,
      'IBAN and amount are those of the original invoice. The other mail with the "new IBAN" was the fake one we reported, so ignore it.',
      'IBAN und Betrag stimmen mit der Originalrechnung. Die andere Mail mit der "neuen IBAN" war gefälscht, bitte ignorieren.',
      "L'IBAN et le montant sont ceux de la facture d'origine. L'autre mail avec le « nouvel IBAN » était un faux, ignore-le.",
    ])
      expectAbsent(await mail(text), ID);
  });
  it('still reads the supplier announcing its new IBAN', async () => {
    expectFires(
      await mail(
        'Vi informiamo che dal 1 maggio il nostro nuovo IBAN è CH93 0076 2011 6238 5295 7: aggiornate i vostri dati.',
      ),
      ID,
    );
  });
});

// The missed attacks of rounds 130-135, read after rounds 136-141 arrived: CEO fraud from free mail
// in Norwegian, Japanese and Spanish, whose gift-card and secrecy words no rule read.
describe('free mail CEO fraud in Norwegian, Japanese and Spanish', () => {
  const boss = (from: string, text: string) =>
    scan({ from, to: 'Liv Karlsen <liv.karlsen@nordvik-sjomat.example>', subject: 'Liten tjeneste', text });
  it('Norwegian gift cards whose codes go back to the asker ("ta bilde av baksiden … send meg bildene")', async () => {
    const v = await boss(
      'Øystein Pedersen <oystein.pedersen.tromso@outlook.com>',
      'Hei Liv, kan du kjøpe 12 stk. Apple-gavekort à 1 000 kr på vei inn? Ta bilde av baksiden med koden synlig og send meg bildene her, så legger jeg dem i kortene i kveld. Ikke nevn det for de andre ennå.',
    );
    expectFires(v, 'email.content.gift_card');
    expectFires(v, 'email.sender.freemail_business_ask');
  });
  it('a colleague who bought gift cards for the staff party, no codes to send', async () => {
    const v = await boss(
      'Marte Olsen <marte.olsen@nordvik-sjomat.example>',
      'Hei Liv, jeg har kjøpt gavekort til julebordet. De ligger i skuffen på kontoret, så kan du dele dem ut på fredag?',
    );
    expectAbsent(v, 'email.content.gift_card');
  });
  it('Japanese: a same-day prepayment that "他の方には伝えないよう" keeps from colleagues', async () => {
    const v = await boss(
      '森 正和 <masakazu.mori.kaiyo@gmail.com>',
      '山本さん お疲れさまです。森です。本日中に前払い金の送金が必要になりました。契約締結まで社内でも公表できない案件のため、他の方には伝えないようお願いします。金額：12,480,000円。電話は会議中のため出られません。',
    );
    expectFires(v, 'email.content.secrecy_urgency');
  });
  it('Spanish: "te pido reserva, ni siquiera lo comentes con Diego" beside a transfer for today', async () => {
    const v = await boss(
      'Hernán Giménez <hernan.gimenez.presidencia@gmail.com>',
      'Carla, necesito que me ayudes con una transferencia que tiene que salir hoy antes de las 15 hs. Es la seña de una operación que todavía no presentamos al consejo, así que te pido reserva, ni siquiera lo comentes con Diego.',
    );
    expectFires(v, 'email.content.secrecy_urgency');
  });
  it('a surprise kept from a colleague, with no payment, is no secret payment', async () => {
    const v = await boss(
      'Carla Méndez <cmendez@coop-altocuyo.example>',
      'Hola, el viernes festejamos el cumpleaños de Diego en la bodega. Ni siquiera lo comentes con él, es sorpresa.',
    );
    expectAbsent(v, 'email.content.secrecy_urgency');
  });
});

describe('a call back pressed in Norwegian and Swiss German', () => {
  it('"Har du ikke bestilt denne fornyelsen? Kontakt … på telefon": the charge disowned as a question', async () => {
    const v = await scan({
      from: 'Visma Software AS <ordre@vismalisens-no.example>',
      to: 'Økonomi <okonomi@nordvik-sjomat.example>',
      subject: 'Ordrebekreftelse 10477318 – fornyelse Visma.net ERP',
      text: 'Takk for at du fornyer abonnementet ditt. Beløp inkl. mva. kr 48 750,00. Har du ikke bestilt denne fornyelsen? Kontakt vår fornyelsesavdeling på telefon 21 98 47 30 innen 24 timer, så krediterer vi beløpet.',
    });
    expectFires(v, 'email.content.callback');
  });
  it('a renewal receipt that gives a number for questions, no charge disowned', async () => {
    const v = await scan({
      from: 'Visma Software AS <ordre@visma.example>',
      to: 'Økonomi <okonomi@nordvik-sjomat.example>',
      subject: 'Ordrebekreftelse 10477318 – fornyelse Visma.net ERP',
      text: 'Takk for at du fornyer abonnementet ditt. Beløp inkl. mva. kr 48 750,00. Har du spørsmål om fakturaen, ring kundesenteret på telefon 21 98 47 30.',
    });
    expectAbsent(v, 'email.content.callback');
  });
  it('"Nachtrag zu meiner Sprachnachricht … erreichen Sie mich direkt unter": the voicemail follow-up', async () => {
    const v = await scan({
      from: 'Kevin Baumann <kevin.baumann@telco-kmu.example>',
      to: 'Herr Brunner <brunner@zahnlabor.example>',
      subject: 'Nachtrag zu meiner Sprachnachricht von heute Morgen',
      text: 'Guten Tag Herr Brunner, ich habe Ihnen heute Morgen auf die Combox gesprochen. Es geht um die Migration Ihrer Geschäftsanschlüsse. Am einfachsten erreichen Sie mich direkt unter 044 585 12 67.',
    });
    expectFires(v, 'email.content.voice_followup');
  });
});

describe('Korean sextortion, its condition written as an ending', () => {
  it('"이 영상을 삭제하길 원한다면 … 비트코인": the recording, the contacts, the condition and the coin', async () => {
    const v = await scan({
      from: '윤상훈 <sanghoon.yoon@daeon-elec.example>',
      to: '윤상훈 <sanghoon.yoon@daeon-elec.example>',
      subject: '계정 보안 경고',
      text: '귀하의 기기에 악성 프로그램을 설치했고, 웹캠과 화면을 함께 녹화했습니다. 귀하의 연락처 목록(회사 동료, 거래처, 가족)도 모두 확보했습니다. 이 영상을 삭제하길 원한다면 아래 비트코인 주소로 미화 1,450달러 상당의 비트코인을 48시간 이내에 보내십시오.',
    });
    expectFires(v, 'email.content.extortion');
  });
  it('a colleague offering the team video if wanted, no coin and no threat', async () => {
    const v = await scan({
      from: '오지민 <jimin.oh@daeon-elec.example>',
      to: '팀 <team@daeon-elec.example>',
      subject: '워크숍 영상',
      text: '어제 워크숍 영상을 녹화했습니다. 원하면 가족 분들께도 공유하셔도 됩니다. 연락처는 총무팀에 있습니다.',
    });
    expectAbsent(v, 'email.content.extortion');
  });
});
