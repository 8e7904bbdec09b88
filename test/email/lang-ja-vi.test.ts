/**
 * BEC, gift-card and fraud-desk asks in Japanese and Vietnamese, written from how these lures are
 * phrased, not from any round's mail (rounds 72 and 73, in these languages, were kept unread and
 * measured once after these rules). Each beside legitimate mail that must stay clean.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires, severityOf } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });
const to = 'keiri@kenchiku.example';

describe('Japanese', () => {
  it('the president on free mail, in a meeting, asking a secret urgent transfer', async () => {
    const v = await scan({
      from: '山田社長 <yamada.ceo.office@gmail.com>',
      to,
      subject: '至急',
      text: 'お疲れ様です。今、席にいますか？会議中で電話に出られません。取引先へ至急300万円を振り込んでいただけますか。この件は内密にお願いします。',
    });
    expectFires(v, 'email.content.urgent_payment');
    expectFires(v, 'email.content.secrecy_urgency');
    expectFires(v, 'email.content.unavailable_pretext');
    expect(v.verdict).not.toBe('clean');
  });

  it('gift cards bought and their codes photographed; a shop campaign with gift cards asks nothing', async () => {
    const v = await scan({
      from: '山田 <yamada@gmail.com>',
      to,
      text: 'Appleギフトカードを5枚購入して、裏面のコードを写真で送ってください。他の社員には言わないでください。',
    });
    expectFires(v, 'email.content.gift_card');
    const shop = await scan({
      from: '楽天市場 <info@mail.rakuten.co.jp>',
      to,
      text: '【楽天市場】お買い物でギフトカードが当たる！キャンペーン実施中。詳しくはサイトをご覧ください。',
    });
    expectAbsent(shop, 'email.content.gift_card');
    expect(shop.verdict).toBe('clean');
  });

  it('"心当たりがない場合は、下記の番号までお電話ください" after a blocked card is the callback; the issuer\'s own alert stays clean', async () => {
    const fake = await scan({
      from: 'Amazon.co.jp <account-update@amazon-secure-jp.example>',
      to,
      text: 'お客様のアカウントで不正なログインを検知しました。カードのご利用を一時停止しました。心当たりがない場合は、下記の番号までお電話ください。0120-123-456',
    });
    expect(severityOf(fake, 'email.content.callback')).toBe('medium');
    const own = await scan({
      from: '三井住友カード <info@smbc-card.com>',
      to,
      text: 'お客様のカードで不正利用の可能性がある取引を検知したため、カードのご利用を一時停止しました。心当たりがない場合は、カード裏面の番号までお電話ください。0120-919-456',
    });
    expect(own.verdict).toBe('clean');
  });
});

describe('Vietnamese', () => {
  it('the director on free mail, in a meeting, asking a secret transfer today', async () => {
    const v = await scan({
      from: 'Giám đốc Minh <minh.giamdoc@gmail.com>',
      to,
      text: 'Em đang ở văn phòng không? Anh đang họp, không nghe máy được. Em chuyển khoản giúp anh 50.000.000 đồng cho đối tác ngay hôm nay nhé. Đừng nói với ai.',
    });
    expectFires(v, 'email.content.secrecy_urgency');
    expectFires(v, 'email.content.unavailable_pretext');
    expect(v.verdict).not.toBe('clean');
  });

  it('a colleague saying the transfer was made ("em đã chuyển khoản") asks for nothing', async () => {
    const v = await scan({
      from: 'Lan <lan@congty-abc.example>',
      to,
      text: 'Chị ơi, em đã chuyển khoản cho bên cung cấp 12.000.000 đồng hôm nay rồi ạ. Biên lai em gửi kèm.',
    });
    expectAbsent(v, 'email.content.urgent_payment');
    expect(v.verdict).toBe('clean');
  });

  it('"nếu quý khách không thực hiện giao dịch này, vui lòng gọi ngay số hotline" after a locked account is the callback', async () => {
    const v = await scan({
      from: 'Ngân hàng <canhbao@nganhang-baomat.example>',
      to,
      text: 'Tài khoản của quý khách đã bị tạm khóa do đăng nhập bất thường. Số tiền: 12.500.000 VND. Nếu quý khách không thực hiện giao dịch này, vui lòng gọi ngay số hotline 1900 545 413.',
    });
    expectFires(v, 'email.content.callback');
  });
});
