/**
 * Blind rounds 254-259 (written by helpers who never saw Vigil), scored at arrival: only their one
 * false alarm was read, a school's SchoolMessenger notice in Spanish (round 259). Two rules misread
 * it: "Para dejar de recibir correos, haga clic aquí" (the unsubscribe link) counted as an ask to
 * click, and the school's name "Escuela Valverde" read as the brand Via Verde (i read as l, then two
 * letters swapped: two edits, not one). Each beside the lure it must still catch.
 */
import { describe, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });

describe('an unsubscribe sentence is no ask to click (round 259)', () => {
  const notice = (footer: string) =>
    `<p>Estimadas familias: el viernes 6 de marzo no habrá clases. Las conferencias serán del 10 al 12 de marzo.</p><p>Este mensaje fue enviado por la escuela. ${footer}</p>`;
  for (const footer of [
    'Para dejar de recibir correos, <a href="https://go.schoolmessenger.example/u/1">haga clic aquí</a>.',
    'To stop receiving these emails, <a href="https://go.schoolmessenger.example/u/1">click here</a>.',
    'Pour ne plus recevoir nos messages, <a href="https://go.schoolmessenger.example/u/1">cliquez ici</a>.',
    'Um sich abzumelden, <a href="https://go.schoolmessenger.example/u/1">klicken Sie hier</a>.',
  ])
    it(footer.replace(/<[^>]+>/g, ''), async () => {
      const v = await scan({ from: 'Escuela <noreply@school.example>', html: notice(footer) });
      expectAbsent(v, 'email.content.link_or_file_ask');
    });
  it('"Para revisar su cuenta, haga clic aquí" still is one', async () => {
    const v = await scan({
      from: 'Escuela <noreply@school.example>',
      html: notice('Para revisar su cuenta, <a href="https://portal.example/u/1">haga clic aquí</a>.'),
    });
    expectFires(v, 'email.content.link_or_file_ask');
  });
});

describe('a name two edits from a brand is no brand (round 259)', () => {
  it('"Escuela Valverde - DPS" is not Via Verde', async () => {
    const v = await scan({
      from: '"Escuela Valverde - DPS" <noreply@dpsk12.example>',
      text: 'No hay clases el viernes.',
    });
    expectAbsent(v, 'email.sender.brand_display_name');
  });
  it('"Via Vedre" (one swap) still is', async () => {
    const v = await scan({
      from: '"Via Vedre" <avisos@portagens-pt.example>',
      text: 'Tem uma portagem por pagar.',
    });
    expectFires(v, 'email.sender.brand_display_name');
  });
  it('"Vla Verde" (look-alike letter) still is', async () => {
    const v = await scan({
      from: '"Vla Verde" <avisos@portagens-pt.example>',
      text: 'Tem uma portagem por pagar.',
    });
    expectFires(v, 'email.sender.brand_display_name');
  });
});
