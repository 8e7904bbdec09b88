// A private Postfix instance on loopback for the mail-flow end-to-end test and `npm run bench:flow`:
// its own config_directory, queue_directory and Maildir in a temp folder, high ports, delivering every
// recipient of vigil.test to one Maildir. It runs beside (never touches) a system Postfix. Needs root
// (Postfix's master drops privileges to the postfix user) and Debian's `postfix` package.
//
// Services (README "Mail flow" shows the same configuration for a real server):
//   ports.aq      smtpd with content_filter=vigil:[127.0.0.1]:ports.filter        (after-queue)
//   ports.bq      smtpd with smtpd_proxy_filter=127.0.0.1:ports.proxyFilter        (before-queue)
//   ports.plain   smtpd without any filter (the baseline the bench compares with)
//   ports.reinject smtpd that takes mail back from Vigil (no filter, no recipient checks)
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const POSTFIX = ['/usr/sbin/postfix', '/usr/local/sbin/postfix'].find((p) => existsSync(p)) ?? null;

/** Why Postfix cannot run here, or null when it can. */
export function postfixMissing() {
  if (!POSTFIX) return 'Debian package postfix is not installed (apt-get install postfix; .ci/run does it)';
  if (typeof process.getuid === 'function' && process.getuid() !== 0)
    return 'Postfix needs root to start its master';
  const id = spawnSync('id', ['-u', 'postfix'], { encoding: 'utf8' });
  if (id.status !== 0) return 'the postfix user does not exist (install the Debian package)';
  return null;
}

/** A free TCP port on 127.0.0.1 (bound and released; Postfix binds it right after). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

function run(conf, cmd, args) {
  try {
    return execFileSync(cmd, ['-c', conf, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    // Postfix reports to its log, not to stderr, unless stderr is a terminal
    const log = join(conf, '..', 'postfix.log');
    const tail = existsSync(log) ? readFileSync(log, 'utf8').split('\n').slice(-8).join('\n') : '';
    throw new Error(`${cmd} -c ${conf} ${args.join(' ')} failed: ${err.message}\n${tail}`, { cause: err });
  }
}

/**
 * Starts Postfix; `filter` and `proxyFilter` are the ports Vigil listens on (it may be started
 * before or after). Returns { dir, maildir, ports, delivered(), queue(), flush(), stop(), log() }.
 */
export async function startPostfix({ filter, proxyFilter }) {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-postfix-'));
  chmodSync(dir, 0o755); // the virtual delivery agent (uid nobody) must reach the Maildir
  // a port freePort() returned is free only until someone binds it: the caller's filter ports are
  // not bound yet, so the OS may hand one of them out again; every port must be distinct
  const taken = new Set([filter, proxyFilter]);
  const distinctPort = async () => {
    for (;;) {
      const p = await freePort();
      if (!taken.has(p)) {
        taken.add(p);
        return p;
      }
    }
  };
  const ports = {
    aq: await distinctPort(),
    bq: await distinctPort(),
    plain: await distinctPort(),
    reinject: await distinctPort(),
    filter,
    proxyFilter,
  };
  const conf = join(dir, 'conf');
  const mail = join(dir, 'mail');
  mkdirSync(conf);
  mkdirSync(join(dir, 'queue'), { mode: 0o755 }); // `postfix check` creates what is inside
  mkdirSync(join(dir, 'data'));
  mkdirSync(mail, { mode: 0o755 });
  const nobody = Number(execFileSync('id', ['-u', 'nobody'], { encoding: 'utf8' }).trim());
  const nogroup = Number(execFileSync('id', ['-g', 'nobody'], { encoding: 'utf8' }).trim());
  chownSync(mail, nobody, nogroup);
  const postfixUid = Number(execFileSync('id', ['-u', 'postfix'], { encoding: 'utf8' }).trim());
  chownSync(join(dir, 'data'), postfixUid, 0);

  writeFileSync(
    join(conf, 'main.cf'),
    [
      'compatibility_level = 3.6',
      `queue_directory = ${dir}/queue`,
      `data_directory = ${dir}/data`,
      'command_directory = /usr/sbin',
      'daemon_directory = /usr/lib/postfix/sbin',
      'shlib_directory = /usr/lib/postfix',
      'meta_directory = /etc/postfix',
      'mail_owner = postfix',
      'setgid_group = postdrop',
      `maillog_file_prefixes = ${dir}`,
      `maillog_file = ${dir}/postfix.log`,
      'myhostname = mx.vigil.test',
      'mydomain = vigil.test',
      'myorigin = vigil.test',
      'mydestination =',
      'inet_interfaces = 127.0.0.1',
      'inet_protocols = ipv4',
      'mynetworks = 127.0.0.0/8',
      'smtpd_relay_restrictions = permit_mynetworks, reject',
      'smtp_dns_support_level = disabled',
      'alias_maps =',
      'alias_database =',
      'local_recipient_maps =',
      'biff = no',
      'virtual_mailbox_domains = vigil.test',
      `virtual_mailbox_base = ${mail}`,
      'virtual_mailbox_maps = static:inbox/',
      `virtual_uid_maps = static:${nobody}`,
      `virtual_gid_maps = static:${nogroup}`,
      'virtual_minimum_uid = 1',
      // retry deferred mail quickly (the test restarts Vigil and waits for the retry)
      'queue_run_delay = 1s',
      'minimal_backoff_time = 1s',
      'maximal_backoff_time = 2s',
      'smtp_connect_timeout = 5s',
      'in_flow_delay = 0',
      'default_process_limit = 50',
      'smtpd_client_connection_rate_limit = 0',
      'anvil_rate_time_unit = 60s',
      '',
    ].join('\n'),
  );
  const svc = (name, type, priv, unpriv, wakeup, max, cmd, ...opts) =>
    [`${name} ${type} ${priv} ${unpriv} n ${wakeup} ${max} ${cmd}`, ...opts.map((o) => `  -o ${o}`)].join(
      '\n',
    );
  writeFileSync(
    join(conf, 'master.cf'),
    [
      // after-queue: everything received here goes through Vigil before delivery
      svc(
        `127.0.0.1:${ports.aq}`,
        'inet',
        'n',
        '-',
        '-',
        '-',
        'smtpd',
        `content_filter=vigil:[127.0.0.1]:${filter}`,
      ),
      // before-queue: Vigil sees the message during the SMTP session and can reject it
      svc(
        `127.0.0.1:${ports.bq}`,
        'inet',
        'n',
        '-',
        '-',
        '-',
        'smtpd',
        `smtpd_proxy_filter=127.0.0.1:${proxyFilter}`,
        'smtpd_proxy_timeout=120s',
      ),
      svc(`127.0.0.1:${ports.plain}`, 'inet', 'n', '-', '-', '-', 'smtpd'),
      svc(
        `127.0.0.1:${ports.reinject}`,
        'inet',
        'n',
        '-',
        '-',
        '-',
        'smtpd',
        'content_filter=',
        'smtpd_proxy_filter=',
        'receive_override_options=no_unknown_recipient_checks,no_header_body_checks,no_milters',
        'smtpd_recipient_restrictions=permit_mynetworks,reject',
        'smtpd_relay_restrictions=permit_mynetworks,reject',
        'smtpd_authorized_xforward_hosts=127.0.0.0/8',
      ),
      svc(
        'vigil',
        'unix',
        '-',
        '-',
        '-',
        '20',
        'smtp',
        'smtp_send_xforward_command=yes',
        'disable_mime_output_conversion=yes',
      ),
      svc('pickup', 'unix', 'n', '-', '60', '1', 'pickup'),
      svc('cleanup', 'unix', 'n', '-', '-', '0', 'cleanup'),
      svc('qmgr', 'unix', 'n', '-', '300', '1', 'qmgr'),
      svc('rewrite', 'unix', '-', '-', '-', '-', 'trivial-rewrite'),
      svc('bounce', 'unix', '-', '-', '-', '0', 'bounce'),
      svc('defer', 'unix', '-', '-', '-', '0', 'bounce'),
      svc('trace', 'unix', '-', '-', '-', '0', 'bounce'),
      svc('verify', 'unix', '-', '-', '-', '1', 'verify'),
      svc('flush', 'unix', 'n', '-', '1000?', '0', 'flush'),
      svc('proxymap', 'unix', '-', '-', '-', '-', 'proxymap'),
      svc('smtp', 'unix', '-', '-', '-', '-', 'smtp'),
      svc('relay', 'unix', '-', '-', '-', '-', 'smtp'),
      svc('showq', 'unix', 'n', '-', '-', '-', 'showq'),
      svc('error', 'unix', '-', '-', '-', '-', 'error'),
      svc('retry', 'unix', '-', '-', '-', '-', 'error'),
      svc('discard', 'unix', '-', '-', '-', '-', 'discard'),
      svc('virtual', 'unix', '-', 'n', '-', '-', 'virtual'),
      svc('anvil', 'unix', '-', '-', '-', '1', 'anvil'),
      svc('scache', 'unix', '-', '-', '-', '1', 'scache'),
      svc('postlog', 'unix-dgram', 'n', '-', '-', '1', 'postlogd'),
      '',
    ].join('\n'),
  );
  run(conf, POSTFIX, ['check']);
  run(conf, POSTFIX, ['start']);

  const inbox = join(mail, 'inbox');
  const h = {
    dir,
    conf,
    maildir: inbox,
    ports,
    /** Delivered messages (Maildir new/), oldest name first. */
    delivered() {
      const d = join(inbox, 'new');
      if (!existsSync(d)) return [];
      return readdirSync(d)
        .sort()
        .map((f) => readFileSync(join(d, f)));
    },
    /** Messages in the queue (postqueue -j): [{ queue_name, recipients: [{ address, delay_reason }] }]. */
    queue() {
      const out = run(conf, '/usr/sbin/postqueue', ['-j']);
      return out
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l));
    },
    /** Retry deferred mail now. */
    flush() {
      run(conf, '/usr/sbin/postqueue', ['-f']);
    },
    log() {
      const f = join(dir, 'postfix.log');
      return existsSync(f) ? readFileSync(f, 'utf8') : '';
    },
    stop() {
      try {
        run(conf, POSTFIX, ['stop']);
      } catch {
        try {
          run(conf, POSTFIX, ['abort']);
        } catch {
          // already down
        }
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return h;
}

/** Polls `check` (bounded: `tries` × `everyMs`) until it returns a truthy value. */
export async function waitFor(check, { tries = 300, everyMs = 100, what = 'condition' } = {}) {
  for (let i = 0; i < tries; i++) {
    const v = check();
    if (v) return v;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`timed out waiting for ${what}`);
}
