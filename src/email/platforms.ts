/**
 * The business platforms organisations run payroll, HR, benefits, sign-in, procurement and billing
 * on. Their own mail speaks of the customer organisation's accounts and money as a matter of
 * course (Workday's "direct deposit change received", Okta's lockout notice, Coupa's "confirm your
 * remittance information", Stripe's hosted invoice): data only, read by the rules that must not
 * take that for an outsider's lure.
 */

/**
 * Identity providers an organisation signs in with: their own mail names the customer
 * organisation's accounts, and their tenants (`acme.okta.com`) are the organisation's sign-in.
 */
export const IDENTITY_PROVIDERS: ReadonlySet<string> = new Set([
  'okta.com',
  'oktapreview.com',
  'okta-emea.com',
  'pingone.com',
  'onelogin.com',
  'auth0.com',
  'duosecurity.com',
  'duo.com',
  'pingidentity.com',
  'jumpcloud.com',
]);

/**
 * Security-awareness training platforms that mail an organisation's staff on its behalf (the
 * assignment reminders quote the lures the course teaches; their phishing simulations come from
 * other domains).
 */
export const TRAINING_PLATFORMS: ReadonlySet<string> = new Set([
  'knowbe4.com',
  'hoxhunt.com',
  'sosafe.de',
  'sosafe-awareness.com',
  'cofense.com',
  'terranovasecurity.com',
  'usecure.io',
  'ninjio.com',
  'infosecinstitute.com',
  'curricula.com',
  'keepnetlabs.com',
  'metacompliance.com',
  'proofpointsecurityawareness.com',
  'wombatsecurity.com',
]);

/**
 * Mail security gateways whose quarantine digests ("3 messages held for you", release, block,
 * permit) link to their own portals: nobody else publishes on these domains, and a forged digest
 * sends its reader to a page of its own, not to the gateway's.
 */
export const MAIL_SECURITY_PLATFORMS: ReadonlySet<string> = new Set([
  'mimecast.com',
  'proofpoint.com',
  'pphosted.com',
  'barracudanetworks.com',
  'cudasvc.com',
  'trendmicro.com',
  'sophos.com',
  'hornetsecurity.com',
  'spamtitan.com',
  'mailprotector.com',
  'libraesva.com',
  'mailguard.com.au',
]);

/** Payroll, benefits, retirement and HR services that write to employees under their own names. */
export const PROVIDER_DOMAINS: ReadonlySet<string> = new Set([
  'adp.com',
  'paychex.com',
  'gusto.com',
  'workday.com',
  'myworkday.com',
  'rippling.com',
  'justworks.com',
  'bamboohr.com',
  'trinet.com',
  'insperity.com',
  'paylocity.com',
  'paycom.com',
  'paycor.com',
  'ultipro.com',
  'ukg.com',
  'ceridian.com',
  'dayforce.com',
  'fidelity.com',
  'netbenefits.com',
  'vanguard.com',
  'empower.com',
  'empower-retirement.com',
  'principal.com',
  'schwab.com',
  'troweprice.com',
  'transamerica.com',
  'voya.com',
  'guideline.com',
  'betterment.com',
  'morganstanley.com',
  'etrade.com',
  'shareworks.com',
  'carta.com',
  'equityzen.com',
  'computershare.com',
  'benefitfocus.com',
  'businessolver.com',
  'alight.com',
  'mercer.com',
  'wtwco.com',
  'aon.com',
  'sapsf.com',
  'successfactors.com',
  'oracle.com',
  'deel.com',
  'remote.com',
  'oysterhr.com',
  'papayaglobal.com',
  'namely.com',
  'zenefits.com',
  // the payroll and HR services of India, Europe, Latin America and Asia-Pacific
  'keka.com',
  'greythr.com',
  'darwinbox.com',
  'darwinbox.in',
  'zimyo.com',
  'factohr.com',
  'sumhr.com',
  // the UK's and Ireland's small-employer payroll (payslips published to BrightPay Connect, round 241)
  'brightpayconnect.com',
  'brightpay.co.uk',
  'brightpay.ie',
  // BrightHR, the HR app of UK, Irish, Australian and Canadian small employers (round 245)
  'brighthr.com',
  'brighthr.co.uk',
  'brighthr.com.au',
  'brighthr.ie',
  'staffology.co.uk',
  'moneysoft.co.uk',
  'personio.com',
  'personio.de',
  'hibob.com',
  'factorial.co',
  'factorialhr.com',
  'payfit.com',
  'datev.de',
  'lucca.fr',
  'silae.fr',
  'nmbrs.com',
  'employmenthero.com',
  'keypay.com.au',
  'runa.io',
  'buk.cl',
  'talana.com',
  // Singapore's and Malaysia's
  'talenox.com',
  'payboy.sg',
  'swingvy.com',
  // South Africa's
  'simplepay.co.za',
  'payspace.com',
  // Nigeria's and Kenya's (payslips at `<employer>.seamlesshr.app`)
  'seamlesshr.com',
  'seamlesshr.app',
  'workpay.co.ke',
]);

/** Where services send their customers to pay: hosted invoices and checkouts. */
export const BILLING_PLATFORMS: ReadonlySet<string> = new Set([
  'stripe.com',
  'paddle.com',
  'chargebee.com',
  'recurly.com',
  'zuora.com',
  'braintreegateway.com',
  'fastspring.com',
  'lemonsqueezy.com',
  'chargify.com',
  'billdesk.com',
  'bill.com',
]);

/** Procurement and accounts-payable platforms a buyer asks its suppliers to keep their bank details on. */
export const AP_PLATFORMS: ReadonlySet<string> = new Set([
  'coupahost.com',
  'coupa.com',
  'ariba.com',
  'tipalti.com',
  'taulia.com',
  'bill.com',
  'billtrust.com',
  'basware.com',
  'jaggaer.com',
  'esker.com',
]);

/**
 * Invoicing, payment-request and e-signature services that send mail from their own domain with
 * text a customer of theirs wrote: anyone can open an account and bill anyone through them.
 */
export const RELAY_PLATFORMS: ReadonlySet<string> = new Set([
  'intuit.com',
  'docusign.net',
  'docusign.com',
  'paypal.com',
  'squareup.com',
  'square.com',
  'freshbooks.com',
  'xero.com',
  'stripe.com',
  'waveapps.com',
  'hellosign.com',
  'dropboxsign.com',
  'echosign.com',
  'adobesign.com',
  'zoho.com',
]);

/**
 * Shop and point-of-sale platforms that send a merchant's order and receipt mail from their own
 * domain under the merchant's name ("Kettle & Ember Coffee" <store+691@t.shopifyemail.com>), with
 * replies to the merchant and links to the merchant's shop.
 */
export const MERCHANT_SENDERS: ReadonlySet<string> = new Set([
  'shopifyemail.com',
  'squareup.com',
  'toasttab.com',
  'clover.com',
  'bigcommerce.com',
  'ecwid.com',
  'wixemails.com',
  'squarespace-mail.com',
]);

/** The companies behind the free hosting platforms, whose own mail links to their customers' sites. */
export const HOSTING_PLATFORMS: ReadonlySet<string> = new Set([
  'vercel.com',
  'netlify.com',
  'cloudflare.com',
  'github.com',
  'gitlab.com',
  'google.com',
  'firebase.com',
  'render.com',
  'heroku.com',
  'railway.app',
  'fly.io',
  'digitalocean.com',
  'amazonaws.com',
  'azure.com',
  'microsoft.com',
  'atlassian.com',
  'bitbucket.org',
  'webflow.com',
  'wix.com',
  'squarespace.com',
  'wordpress.com',
  'notion.so',
  'canva.com',
]);
