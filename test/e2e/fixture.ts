/**
 * A hand-written credential-phishing message for the dashboard's end-to-end test and the serve
 * benchmark. Reserved names only (*.example, *.test); no real person's mail.
 */
export const PHISHING_EML = [
  'From: "Account Security" <security@accounts-verify.example>',
  'Reply-To: helpdesk.recovery@mailbox.test',
  'To: ana.lima@contoso.example',
  'Subject: Action required: verify your account within 24 hours',
  'Date: Sun, 29 Nov 2026 09:14:00 +0000',
  'Message-ID: <20261129091400.4242@accounts-verify.example>',
  'MIME-Version: 1.0',
  'Content-Type: multipart/alternative; boundary="b1"',
  '',
  '--b1',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Dear customer, we noticed unusual sign-in activity. Your account will be suspended',
  'unless you verify your password within 24 hours: http://login.contoso-support.test/verify',
  '',
  '--b1',
  'Content-Type: text/html; charset=utf-8',
  '',
  '<html><body><p>Dear customer,</p>',
  '<p>We noticed unusual sign-in activity. Your account will be <b>suspended</b> unless you',
  'verify your password within 24 hours.</p>',
  '<p><a href="http://login.contoso-support.test/verify?u=ana">https://accounts.contoso.example/security</a></p>',
  '<p>Security Team</p></body></html>',
  '',
  '--b1--',
  '',
].join('\r\n');
