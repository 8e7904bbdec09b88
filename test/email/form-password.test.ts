/**
 * email.link.form_asks_password: a form builder's link and words saying the form asks for the
 * reader's password. Each case beside the legitimate mail of the same shape it must leave alone: a
 * form whose password is sent separately, Google Forms' own warning, a newsletter's survey, a real
 * sign-in page's instructions.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const ID = 'email.link.form_asks_password';
const FORM = 'https://docs.google.com/forms/d/e/1FAIpQLSc8rVt3nQ0kYw2xZpLm7HdB/viewform';
const scan = (o: EmlOptions) =>
  analyzeEmail(
    eml({
      from: 'Crew Welfare Committee <crewwelfare.rimbun@gmail.com>',
      to: 'Cabin crew <crew@rimbunair.example>',
      subject: 'Layover hotel feedback (5 minutes)',
      ...o,
    }),
    { config: resolveConfig({}), scorer: null },
  );

describe(ID, () => {
  it('fires when the text says the linked form asks for the password, in several languages', async () => {
    for (const text of [
      `Dear colleagues, the survey takes five minutes. Because we match comments to stays, the form asks you to sign in with the same staff ID and password you use for the crew portal. Survey link: ${FORM}`,
      // the ask above a list, the password in a bullet of its own
      `We have moved the annual supplier review to a short Microsoft Form: https://forms.office.com/Pages/ResponsePage.aspx?id=Qm9yZGVy\nThe form asks for:\n\n- registered company details and VAT number\n\n- the email and password you use for our supplier portal, so that we can migrate your account`,
      // Welsh: "the registration form will ask you to sign in with your work email and your password"
      `Cofrestru: ${FORM}\nBydd y ffurflen gofrestru yn gofyn i chi fewngofnodi gyda'ch cyfeiriad e-bost gwaith a'ch cyfrinair Microsoft 365.`,
      // Spanish: "the form asks for the tax password of the person in charge"
      `Para validar la identidad, el formulario solicita el CUIT y su clave fiscal del responsable: ${FORM}`,
    ]) {
      const v = await scan({ text });
      expect(expectFires(v, ID).evidence[1]!.text).toMatch(
        /^https:\/\/(?:docs\.google\.com|forms\.office\.com)\//,
      );
      // strong on its own: flagged whatever the (absent) model says
      expect(v.verdict).not.toBe('clean');
    }
  });

  it('leaves a form alone when nobody asks for the password in it', async () => {
    // onboarding: the form, then a password sent another way
    expectAbsent(
      await scan({
        text: `Welcome aboard! Please complete the onboarding form before Monday: ${FORM}\nYour password for the crew portal will be sent separately by IT.`,
      }),
      ID,
    );
    // the ask negated, and Google Forms' own footer
    expectAbsent(
      await scan({
        text: `Please fill in the hotel survey: ${FORM}\nThe form will never ask you to enter your password.\nNever submit passwords through Google Forms.`,
      }),
      ID,
    );
  });

  it('leaves bulk mail and mail without a form builder link alone', async () => {
    const text = `Tell us about your stay in our two-minute survey: ${FORM}\nTo see your points, log in with your email and password at the top of our site, then open the survey form.`;
    // a hotel chain's newsletter: its survey beside its member login
    expectAbsent(
      await scan({
        from: 'Grand Hotels <news@grandhotels.example>',
        text,
        headers: { 'List-Unsubscribe': '<https://grandhotels.example/unsub>' },
      }),
      ID,
    );
    // the same words one-to-one fire …
    expectFires(await scan({ from: 'Grand Hotels <news@grandhotels.example>', text }), ID);
    // … but not with the real sign-in page in place of the form builder
    expectAbsent(
      await scan({
        text: 'IT here: the new crew portal is live at https://portal.rimbunair.example and its profile form asks you to confirm your staff ID and password once.',
      }),
      ID,
    );
  });

  it('reads the sign-in details by other names and in more languages (rounds 116, 145)', async () => {
    for (const text of [
      // Dutch: "in the form you are asked for … the login details of your current portal account"
      `Wij vragen alle leveranciers hun gegevens te controleren via onderstaand formulier: ${FORM}\nIn het formulier wordt u gevraagd naar uw KvK-nummer en de inloggegevens van uw huidige portaalaccount.`,
      // Czech: "in the form give the login name and password of the current portal"
      `Vyplňte prosím krátký formulář: ${FORM}\nVe formuláři uveďte přihlašovací jméno a heslo do současného portálu.`,
      `To move your account to the new supplier hub, please enter your portal login credentials in this short form: ${FORM}`,
    ]) {
      expectFires(await scan({ text }), ID);
    }
  });
  it('leaves sign-in details the reader is to receive alone', async () => {
    expectAbsent(
      await scan({
        text: `Please fill in the onboarding form below: ${FORM}\nYour login credentials will be sent separately by IT once HR has approved the form.`,
      }),
      ID,
    );
  });

  it('leaves a password alone that is far from any form (a survey link in a separate part of the message)', async () => {
    const filler =
      'The new rosters cover March and April, with the usual swaps allowed up to 48 hours before departure. '.repeat(
        4,
      );
    expectAbsent(
      await scan({
        text: `IT reminder: sign in to the crew portal with your staff ID and password before Friday to see your new rosters. ${filler}\nSeparately, the welfare committee's lunch survey is here: ${FORM}`,
      }),
      ID,
    );
  });
});
