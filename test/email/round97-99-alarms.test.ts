/**
 * Rounds 97-99 (a university admissions office in Madrid and Bogotá, an accounting firm in Bordeaux
 * and Brussels, a freight forwarder in Porto and São Paulo), scored unread: their five false alarms,
 * read afterwards. Each rule beside the attack it must still catch.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hola', ...o }), { config, scorer: null });

describe('false alarms of rounds 97-99', () => {
  it('a Spanish reported forward: "no he pinchado en nada … ¿es legítimo o lo borro?"', async () => {
    const v = await scan({
      from: 'Javier <javier@universidad.example>',
      to: 'CAU <cau@universidad.example>',
      subject: 'RV: Su buzón ha superado el límite',
      text: 'Hola, me ha llegado esto esta mañana. No he pinchado en nada. ¿Es legítimo o lo borro?\n\n________________________________\nDe: Administrador <admin@mail-quota-admin.example>\nEnviado: martes, 3 de marzo de 2026 9:12\n\nSu buzón ha superado el límite. Valide su cuenta aquí: https://mail-quota-admin.example/login',
    });
    expectFires(v, 'email.content.reported_forward');
    expect(v.verdict).toBe('clean');
  });
  it("Bancolombia's and Orange Business's own notification domains are theirs", async () => {
    const bank = await scan({
      from: 'Bancolombia <alertasynotificaciones@notificacionesbancolombia.com>',
      to: 'camilo@universidad.example',
      subject: 'Bancolombia le informa recaudo PSE',
      text: 'Recaudo PSE recibido en su cuenta corriente *7731. Consulte el detalle en www.bancolombia.com.',
    });
    expectAbsent(bank, 'email.sender.brand_display_name');
    const orange = await scan({
      from: 'Orange Pro <facture-pro@orange-business.com>',
      to: 'elodie@cabinet.example',
      subject: 'Votre facture Orange Pro de mars est disponible',
      text: 'Votre facture de mars est disponible dans votre Espace Client Pro.',
    });
    expectAbsent(orange, 'email.sender.brand_display_name');
  });
  it("the recipient organisation's own Microsoft 365 tenant names Microsoft; another tenant does not", async () => {
    const own = await scan({
      from: 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@lestradeverbeke.onmicrosoft.com>',
      to: 'Hélène <helene@lestrade-verbeke.example>',
      subject: 'Your mailbox is almost full.',
      text: 'Your mailbox is almost full. 47.6 GB of 50 GB used.',
    });
    expectAbsent(own, 'email.sender.brand_display_name');
    const other = await scan({
      from: 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@mailadmin2026.onmicrosoft.com>',
      to: 'Hélène <helene@lestrade-verbeke.example>',
      subject: 'Your mailbox is almost full.',
      text: 'Your mailbox is almost full. Sign in to keep receiving mail.',
    });
    expectFires(other, 'email.sender.brand_display_name');
  });
  it("a colleague abroad sharing from the organisation's own SharePoint tenant is no cousin; elsewhere it is", async () => {
    // (the colleague's country domain, .com.br to .pt, is a branch abroad anyway: a .com cousin is not)
    const share = (url: string, replyTo = 'Camila Rocha <camila.rocha@douromar-test.com.br>') =>
      scan({
        from: '"Camila Rocha (via SharePoint Online)" <no-reply@sharepointonline.com>',
        replyTo,
        to: 'Rui <rui.pinheiro@douromar-test.pt>',
        subject: 'Camila Rocha shared "Fechamento mensal" with you',
        html: `<p>Camila Rocha shared a file with you. <a href="${url}">Open</a></p>`,
      });
    const dotCom = 'Camila Rocha <camila.rocha@douromar-test.com>';
    expectAbsent(
      await share(
        'https://douromartest.sharepoint.com/:x:/s/Financeiro-BR/EYk3nR8wQ2tJm0pZcVx7aBw?e=Zp41Qd',
        dotCom,
      ),
      'email.sender.recipient_lookalike',
    );
    expectFires(
      await share(
        'https://douromarbr.sharepoint.com/:x:/s/Financeiro-BR/EYk3nR8wQ2tJm0pZcVx7aBw?e=Zp41Qd',
        dotCom,
      ),
      'email.sender.recipient_lookalike',
    );
  });
});
