/**
 * Language parity: the asks English mail is read for (an invoice to pay, gift cards and their codes,
 * a voicemail's call back, employee records, a notary's deposit, banking moved to another bank, a code
 * that "reached your phone by mistake") written in Spanish, Portuguese, French and German by hand.
 * Before these phrases, each of them left the evidence gate's ask to the learned model, which reads
 * these languages barely (wording-only scores 0.15-0.29). Each case names the signal that reads it.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires, severityOf } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hola', ...o }), { config, scorer: null });
const from = 'Carlos Ruiz <carlos.ruiz@proveedor-ejemplo.example>';
const to = 'Ana <ana@empresa.example>';

const ASKS: [lang: string, subject: string, text: string, signal: string][] = [
  [
    'es',
    'Factura vencida',
    'Estimada Ana, la factura 2026-118 por importe de 3.480,00 € venció el pasado viernes. Le rogamos que proceda al pago a la mayor brevedad en la cuenta que figura en el documento adjunto.',
    'email.content.payment_request',
  ],
  [
    'es',
    'Tarjetas regalo',
    'Hola Ana, ¿estás en la oficina? Necesito que compres seis tarjetas de Amazon de 100 € para unos clientes. Rasca el reverso y envíame los códigos por aquí.',
    'email.content.gift_card',
  ],
  [
    'es',
    'Llamada pendiente',
    'Buenas tardes, le dejé un mensaje de voz esta mañana sobre un cargo de 899 € en su tarjeta. Por favor, llámeme cuanto antes al +34 910 123 456 para cancelarlo.',
    'email.content.voice_followup',
  ],
  [
    'es',
    'Datos de empleados',
    'Ana, para la auditoría necesito la relación de empleados con sus números de la seguridad social y los datos bancarios. Envíamela hoy en Excel, por favor.',
    'email.content.data_request',
  ],
  [
    'es',
    'Pago urgente a notaría',
    'Ana, estoy reunido y no puedo hablar. Hay que enviar la señal de la compra a la notaría antes de las 14:00 o perdemos el inmueble. ¿Puedes ocuparte ahora mismo?',
    'email.content.urgent_payment',
  ],
  [
    'es',
    'Actualización de proveedor',
    'Estimados, con motivo de una reorganización interna hemos trasladado nuestra operativa bancaria a otra entidad. Rogamos actualicen sus registros y efectúen los próximos abonos en la cuenta del certificado adjunto.',
    'email.content.payment_change',
  ],
  [
    'es',
    'Código de verificación',
    'Hola Ana, te acaba de llegar un código de seis cifras al móvil por error, es para mi cuenta. ¿Me lo puedes reenviar?',
    'email.content.credential_lure',
  ],
  [
    'pt',
    'Dados dos funcionários',
    'Ana, para a auditoria preciso da relação de funcionários com os números de CPF e os dados bancários. Me envie hoje em Excel, por favor.',
    'email.content.data_request',
  ],
  [
    'pt',
    'Atualização de fornecedor',
    'Prezados, devido a uma reorganização interna transferimos nossas operações bancárias para outra instituição. Pedimos que atualizem seus cadastros e efetuem os próximos pagamentos na conta do comprovante anexo.',
    'email.content.payment_change',
  ],
  [
    'pt',
    'Código de verificação',
    'Oi Ana, chegou um código de seis dígitos no seu celular por engano, é da minha conta. Pode me encaminhar?',
    'email.content.credential_lure',
  ],
  [
    'fr',
    'Facture échue',
    "Madame, la facture 2026-118 d'un montant de 3 480,00 € est échue depuis vendredi. Nous vous prions de procéder au règlement dans les meilleurs délais sur le compte indiqué dans le document joint.",
    'email.content.payment_request',
  ],
  [
    'fr',
    'Cartes cadeaux',
    "Bonjour Ana, tu es au bureau ? J'ai besoin que tu achètes six cartes Amazon de 100 € pour des clients. Gratte le dos et envoie-moi les codes ici.",
    'email.content.gift_card',
  ],
  [
    'fr',
    'Appel en attente',
    "Bonjour, je vous ai laissé un message vocal ce matin au sujet d'un débit de 899 € sur votre carte. Merci de me rappeler au plus vite au +33 1 23 45 67 89 pour l'annuler.",
    'email.content.voice_followup',
  ],
  [
    'fr',
    'Mise à jour fournisseur',
    "Madame, Monsieur, suite à une réorganisation interne nous avons transféré nos opérations bancaires vers un autre établissement. Merci de mettre à jour vos fichiers et d'effectuer les prochains paiements sur le compte du RIB joint.",
    'email.content.payment_change',
  ],
  [
    'de',
    'Dringende Zahlung an den Notar',
    'Ana, ich bin im Meeting und kann nicht sprechen. Die Anzahlung für den Kauf muss vor 14 Uhr beim Notar sein, sonst verlieren wir die Immobilie. Kannst du dich sofort darum kümmern?',
    'email.content.urgent_payment',
  ],
  [
    'de',
    'Lieferanten-Update',
    'Sehr geehrte Damen und Herren, aufgrund einer internen Umstrukturierung haben wir unseren Zahlungsverkehr zu einem anderen Institut verlegt. Bitte aktualisieren Sie Ihre Stammdaten und leisten Sie künftige Zahlungen auf das Konto laut beigefügter Bankbestätigung.',
    'email.content.payment_change',
  ],
  [
    'de',
    'Bestätigungscode',
    'Hi Ana, auf deinem Handy ist gerade aus Versehen ein sechsstelliger Code angekommen, der ist für mein Konto. Kannst du ihn mir weiterleiten?',
    'email.content.credential_lure',
  ],
];

describe('asks read in Spanish, Portuguese, French and German', () => {
  it.each(ASKS)('%s: %s', async (_lang, subject, text, signal) => {
    const v = await scan({ from, to, subject, text });
    expectFires(v, signal);
  });
});

describe('their legitimate look-alikes', () => {
  it("a supplier's real bank change in French, told to be checked on the number the reader already has, stays an ask", async () => {
    const v = await scan({
      from: 'Martine <martine@labo-exemple.example>',
      to,
      subject: 'Changement de banque',
      text: "Bonjour, nous changeons de banque au 1er mai. Je ne mets volontairement aucune coordonnée bancaire dans ce mail : vous recevrez le nouveau RIB par courrier signé. Avant de modifier quoi que ce soit, appelez-moi au numéro du labo que vous avez déjà. D'ici là, l'ancien compte reste actif.",
    });
    expect(severityOf(v, 'email.content.payment_change')).toBe('medium');
    expect(v.verdict).toBe('clean');
  });
  it('a service\'s one-time code "if you received this code in error" tells no arrival story', async () => {
    const v = await scan({
      from: 'Banco Ejemplo <avisos@banco-ejemplo.example>',
      to,
      subject: 'Su código de acceso',
      text: 'Su código de acceso es 482913. Caduca en 10 minutos. Si ha recibido este código por error, ignore este mensaje.',
    });
    expectAbsent(v, 'email.content.credential_lure');
  });
  it("a supplier's ordinary Spanish reminder to pay is an ask, never a verdict on its own", async () => {
    const v = await scan({
      from: 'Cobros <cobros@papeleria-ejemplo.example>',
      to,
      subject: 'Recordatorio: factura 2026-044',
      text: 'Buenos días, le recordamos que la factura 2026-044 (312,40 €) vence el día 15. Le rogamos que proceda al pago por transferencia a la cuenta de siempre. Gracias.',
    });
    expect(severityOf(v, 'email.content.payment_request')).toBe('low');
    expect(v.verdict).toBe('clean');
  });
});
