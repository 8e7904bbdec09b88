/**
 * Rounds 148-153 (a pharmaceutical wholesaler in Warsaw, a family law practice in Toronto, a seafood
 * importer in Marseille, a machinery dealer in Saskatoon, a school in Singapore, a solar developer in
 * Athens), scored unread at the end of a session: two of their seven false alarms, read afterwards.
 * "aucun changement de RIB" and a psychologist signing with her profession after a comma. Each beside
 * the attack it must still catch.
 */
import { describe, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Bonjour', ...o }), { config, scorer: null });

describe('a bank change denied in other languages', () => {
  const CHANGE = 'email.content.payment_change';
  const mail = (text: string) =>
    scan({
      from: 'Moussa Diagne <moussa@phocee-maree.example>',
      to: 'Hélène Castellan <helene@phocee-maree.example>',
      subject: 'Validation paiement Transit Joliette',
      text,
    });
  it('"même compte bancaire que d\'habitude, aucun changement de RIB" changes nothing', async () => {
    expectAbsent(
      await mail(
        "Peux-tu valider la provision de 5 645,37 € dans Pennylane ? J'ai vérifié : même compte bancaire que d'habitude, aucun changement de RIB.",
      ),
      CHANGE,
    );
  });
  it('"suite à un changement de RIB, merci de régler sur le nouveau compte" is the change', async () => {
    expectFires(
      await mail(
        'Suite à un changement de RIB, merci de régler la facture de 5 645,37 € sur notre nouveau compte : FR76 3000 4000 0312 3456 7890 143.',
      ),
      CHANGE,
    );
  });
});

describe('a profession after a name and a comma', () => {
  const DECOY = 'email.sender.from_name_decoy';
  it('"Dre Hélène Marchand, psychologue <hmarchand@…>" is one person signing', async () => {
    const v = await scan({
      from: 'Dre Hélène Marchand, psychologue <hmarchand@marchandpsy.example>',
      to: 'Me Catherine Beaulieu <cbeaulieu@beaulieu-law.example>',
      text: "Vous trouverez ci-joint mon rapport d'expertise. Le mot de passe vous sera communiqué par téléphone.",
    });
    expectAbsent(v, DECOY);
  });
  it('a name before a comma and an unrelated mailbox still shows the decoy', async () => {
    const v = await scan({
      from: 'Microsoft account team, security alerts <alerts@notify-secure.example>',
      to: 'Me Catherine Beaulieu <cbeaulieu@beaulieu-law.example>',
      text: 'Unusual sign-in activity was detected on your account.',
    });
    expectFires(v, DECOY);
  });
});
