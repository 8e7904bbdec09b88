/**
 * From the seventieth round of hand-made mail (a Korean-American real-estate brokerage in Los
 * Angeles; English and Korean), read after it was measured unread: gift-card BEC, the boss's opener
 * and the fraud-desk callback written in Hangul, a consulate's name on free mail, extortion in
 * Korean and by review-bombing, and Zillow as a brand. Each beside a legitimate look-alike.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires, severityOf } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });
const to = 'helen@dasomrealty.example';

describe('round 70: BEC in Korean', () => {
  it('gift cards bought quietly, their scratched codes photographed and sent back, from free mail', async () => {
    const v = await scan({
      from: '윤은혜 Grace Yoon <graceyoon.dasom@gmail.com>',
      to,
      subject: '혜린씨 잠깐',
      text: '혜린씨,\n\n지금 에스크로 미팅 들어와 있어서 전화는 못 받아요.\n\n애플 기프트카드를 준비하려고 해요. $200짜리 8장만 사서 카드 뒷면 코드 긁어서 사진 찍어 이 메일로 보내줄 수 있어요? 다른 분들한테는 아직 말하지 말아 주세요.\n\n윤은혜',
    });
    expectFires(v, 'email.content.gift_card');
    expectFires(v, 'email.content.secrecy_urgency');
    expectFires(v, 'email.content.unavailable_pretext');
    expect(v.verdict).not.toBe('clean');
  });

  it('"지금 사무실에 있어요? … 통화는 좀 어려워요" from the boss\'s name on free mail is the opener', async () => {
    const v = await scan({
      from: '윤은혜 <graceyoon0808@naver.com>',
      to,
      subject: '지금 사무실이세요?',
      text: '대현씨, 지금 사무실에 있어요?\n\n부탁할 게 하나 있는데 이 메일로 먼저 답장 줘요. 지금 셀러 미팅 중이라 통화는 좀 어려워요.',
    });
    expectFires(v, 'email.content.unavailable_pretext');
    expect(v.verdict).not.toBe('clean');
  });

  it("a colleague's note about a gift-card raffle at the office asks nobody for codes", async () => {
    const v = await scan({
      from: '윤은혜 <grace@dasomrealty.example>',
      to,
      text: '이번 주 금요일 회식 때 스타벅스 기프트카드 추첨이 있어요. 모두 참석해 주세요!',
    });
    expectAbsent(v, 'email.content.gift_card');
    expect(v.verdict).toBe('clean');
  });
});

describe('round 70: the fraud-desk callback in Korean', () => {
  const alert = (from: string) =>
    scan({
      from,
      to,
      subject: '[뱅크오브호프] 해외 결제 승인 보류 - 본인 확인 필요',
      text: '고객님의 체크카드(끝자리 4417)로 결제 시도가 감지되었습니다. 금액 $2,384.17. 본인이 시도한 결제가 아니라면 24시간 이내에 사기방지팀 한국어 상담 전용 번호로 연락 주시기 바랍니다. ☎ (213) 555-0193',
    });

  it('"본인이 시도한 결제가 아니라면 … 전용 번호로 연락" with a charge and a number is the callback', async () => {
    const v = await alert('Bank of Hope 사기방지센터 <notice@boh-cardservices.example>');
    expect(severityOf(v, 'email.content.callback')).toBe('high');
  });

  it('"이 결제를 승인하지 않으셨다면 … 고객지원팀으로 즉시 전화" under a brand on a stranger\'s domain is flagged', async () => {
    const v = await scan({
      from: 'PayPal <no-reply@orderupdates-notice.example>',
      to,
      subject: '영수증: Coinbase, Inc.에 결제하셨습니다',
      text: 'Coinbase, Inc.에 $849.99 USD 를 결제하셨습니다. 이 결제를 승인하지 않으셨다면, 결제 취소 및 환불을 위해 PayPal 고객지원팀으로 즉시 전화해 주세요. +1 (808) 555-0147',
    });
    expect(severityOf(v, 'email.content.callback')).toBe('high');
    expect(v.verdict).not.toBe('clean');
  });

  it('a contractor\'s quote saying "연락 주세요" beside its total is no callback', async () => {
    const v = await scan({
      from: '김태준 <tj.kim@hangyeolremodeling.example>',
      to,
      subject: 'Ambrose 주방 공사 견적서 보내드립니다',
      text: '견적 총액은 $18,450.00 입니다. 계약금 입금해 주시면 자재 주문 넣겠습니다. 궁금하신 점은 사무실 번호로 연락 주세요. (213) 555-0135',
    });
    expectAbsent(v, 'email.content.callback');
    expect(v.verdict).toBe('clean');
  });
});

describe('round 70: a consulate on free mail, extortion, and Zillow', () => {
  it("a consulate's name on a free mail account is a role no consulate writes from", async () => {
    const v = await scan({
      from: '주LA대한민국총영사관 <consul.la.minwon@gmail.com>',
      to,
      text: '영사민원실 직통 번호 (213) 555-0139 로 연락하시어 사건번호를 말씀해 주십시오.',
    });
    expectFires(v, 'email.sender.freemail_role_claim');
    const own = await scan({
      from: '주LA대한민국총영사관 <consul-la@mofa.go.kr>',
      to,
      text: '재외국민 투표 신고 안내입니다.',
    });
    expectAbsent(own, 'email.sender.freemail_role_claim');
  });

  it('data said taken and to be published unless bitcoin is sent, in Korean, is extortion', async () => {
    const v = await scan({
      from: 'kr-leak <kr-leak@onionmail.example>',
      to,
      text: '우리는 귀사의 업무용 클라우드 계정에 접근하여 아래 자료를 확보했다.\n\n72시간 안에 아래 주소로 0.45 BTC를 보내면 자료를 삭제하겠다. 기한이 지나면 자료 일부를 유출 사이트에 공개한다.\n\nBTC: bc1qz7f2c9w0k4m8l3v6n5x1d2s9g7h4j0p3r8t6y5',
    });
    expectFires(v, 'email.content.extortion');
  });

  it('one-star reviews threatened unless bitcoin is sent is extortion; advice on answering bad reviews is not', async () => {
    const v = await scan({
      from: 'RG <rg.reputation2026@proton.me>',
      to,
      text: 'We have 60 aged local accounts ready to post detailed one-star reviews across Google, Yelp and Zillow. This does not have to happen. Send 0.025 BTC to bc1q8m4x7r2kdz0v6yq9pw5t3lhn2sj8c4f0a7e6d5 within 5 days.',
    });
    expectFires(v, 'email.content.extortion');
    const advice = await scan({
      from: 'Agent Newsletter <news@agentnews.example>',
      to,
      text: 'How to answer one-star reviews: reply within a day, stay calm, and never post fake reviews of your own. Some brokerages now accept bitcoin for commissions; ask your broker.',
    });
    expectAbsent(advice, 'email.content.extortion');
  });

  it('"Zillow Premier Agent" on premieragent-zillow.com is a look-alike; Zillow from zillow.com is itself', async () => {
    const fake = await scan({
      from: 'Zillow Premier Agent <leads@premieragent-zillow.com>',
      to,
      html: '<p>You have a new buyer connection.</p><p><a href="https://premieragent-zillow.com/agent/connections/lead?id=PA-88214107">View contact info</a></p>',
    });
    expectFires(fake, 'email.sender.lookalike_domain');
    expect(fake.verdict).not.toBe('clean');
    const real = await scan({
      from: 'Zillow Premier Agent <no-reply@mail.zillow.com>',
      to,
      html: '<p>You have a new buyer connection.</p><p><a href="https://premieragent.zillow.com/crm/contacts">View contact info</a></p>',
    });
    expectAbsent(real, 'email.sender.lookalike_domain');
    expect(real.verdict).toBe('clean');
  });
});
