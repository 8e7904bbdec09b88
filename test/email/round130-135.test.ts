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
