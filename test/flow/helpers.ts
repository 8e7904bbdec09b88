/**
 * Mail-flow test helpers: a next hop that records what it receives (nodemailer's smtp-server on
 * loopback), a client that sends one message and returns the SMTP reply, and the two messages the
 * tests use (reserved names only).
 */
import { SMTPServer } from 'smtp-server';
import SMTPConnection from 'nodemailer/lib/smtp-connection';
import { eml } from '../helpers/eml.js';

export interface Received {
  from: string;
  to: string[];
  raw: Buffer;
}

/** A next hop on 127.0.0.1 (a free port) that accepts everything and keeps it. */
export async function startSink(
  opts: { rejectRcpt?: (addr: string) => number | undefined; port?: number } = {},
) {
  const received: Received[] = [];
  const stats = { connections: 0 };
  const server = new SMTPServer({
    disableReverseLookup: true,
    // close() ends open connections (the filter's idle one) after this, not after 30 s
    closeTimeout: 100,
    onConnect(_s, cb) {
      stats.connections++;
      cb();
    },
    disabledCommands: ['AUTH', 'STARTTLS'],
    authOptional: true,
    logger: false,
    onRcptTo(addr, _s, cb) {
      const code = opts.rejectRcpt?.(addr.address);
      if (code) return cb(Object.assign(new Error('no such user'), { responseCode: code }));
      cb();
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks),
        });
        cb(null, 'queued as TEST');
      });
    },
  });
  await new Promise<void>((r) => server.listen(opts.port ?? 0, '127.0.0.1', () => r()));
  const port = (server.server.address() as { port: number }).port;
  return { port, received, stats, close: () => new Promise<void>((r) => server.close(() => r())) };
}

export interface Reply {
  ok: boolean;
  code: number;
  response: string;
}

/** Sends one message over SMTP and returns the server's final reply (to DATA, or the refusal). */
export function sendSmtp(
  port: number,
  raw: Buffer,
  env: { from?: string; to?: string[] } = {},
): Promise<Reply> {
  return new Promise((resolve) => {
    const conn = new SMTPConnection({
      host: '127.0.0.1',
      port,
      ignoreTLS: true,
      connectionTimeout: 20_000,
      socketTimeout: 60_000,
    });
    let done = false;
    const finish = (r: Reply) => {
      if (done) return;
      done = true;
      conn.close();
      resolve(r);
    };
    conn.on('error', (err: SMTPConnection.SMTPError) =>
      finish({ ok: false, code: err.responseCode ?? 0, response: err.response ?? err.message }),
    );
    conn.connect((err) => {
      if (err)
        return finish({ ok: false, code: err.responseCode ?? 0, response: err.response ?? err.message });
      conn.send(
        { from: env.from ?? 'alice@sender.example', to: env.to ?? ['bob@recipient.example'] },
        raw,
        (err2, info) => {
          if (err2)
            finish({ ok: false, code: err2.responseCode ?? 0, response: err2.response ?? err2.message });
          else finish({ ok: true, code: Number(info.response.slice(0, 3)), response: info.response });
        },
      );
    });
  });
}

/** The values of a header field in the top-level header block, unfolded. */
export function headerValues(raw: Buffer, name: string): string[] {
  const head = raw.toString('latin1').split(/\r?\n\r?\n/, 1)[0] ?? '';
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  return unfolded
    .split(/\r?\n/)
    .filter((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`))
    .map((l) => l.slice(name.length + 1).trim());
}

/** A plain, legitimate message. */
export const benign = (extra: Parameters<typeof eml>[0] = {}) =>
  eml({ subject: 'Lunch on Thursday', ...extra });

/** A credential phish: brand impostor, urgency, a password form on a lookalike host. */
export const phish = (extra: Parameters<typeof eml>[0] = {}) =>
  eml({
    from: '"PayPal Security" <security@paypal-account-verify.test>',
    replyTo: 'recovery.helpdesk@mailbox.test',
    subject: 'Urgent: your account will be suspended, verify your password now',
    text:
      'Dear customer,\n\nWe detected unusual sign-in activity. Your PayPal account will be suspended within 24 hours ' +
      'unless you verify your password and card details now: http://paypal.com.login-verify.test/signin?user=bob\n\n' +
      'Failure to confirm will result in permanent closure.\n\nPayPal Security Team',
    html:
      '<p>Dear customer,</p><p>Your PayPal account will be <b>suspended</b> within 24 hours unless you verify your password now.</p>' +
      '<p><a href="http://paypal.com.login-verify.test/signin?user=bob">https://www.paypal.com/signin</a></p>',
    ...extra,
  });
