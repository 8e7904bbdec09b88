/**
 * The `vigil` command. Only this file wires commander and calls process.exit; each command lives in
 * its own file, exports `run…(…, io)` and returns the exit code, so tests run commands in-process.
 */
import { packageUrl } from '../paths.js';
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { processIo, type CliIo } from './io.js';
import { MIN_TRAIN_ROWS_PER_CLASS } from '../core/index.js';
import { escapeControl } from './print.js';
// the registered kinds, for --kind's choices (`vigil scan` loads these analyzers anyway)
import { KINDS } from '../analyzers.js';

// Commands load their modules on first use: `vigil scan` must not pay for fastify, SQLite or the
// trainers at start-up (start to first verdict < 300 ms).
const lazy = {
  runScan: async (...a: Parameters<typeof import('./scan.js').runScan>) =>
    (await import('./scan.js')).runScan(...a),
  runServe: async (...a: Parameters<typeof import('./serve.js').runServe>) =>
    (await import('./serve.js')).runServe(...a),
  runKeys: async (...a: Parameters<typeof import('./keys.js').runKeys>) =>
    (await import('./keys.js')).runKeys(...a),
  runPurge: async (...a: Parameters<typeof import('./purge.js').runPurge>) =>
    (await import('./purge.js')).runPurge(...a),
  runTrainUrl: async (...a: Parameters<typeof import('./train.js').runTrainUrl>) =>
    (await import('./train.js')).runTrainUrl(...a),
  runTrainDomain: async (...a: Parameters<typeof import('./train.js').runTrainDomain>) =>
    (await import('./train.js')).runTrainDomain(...a),
  runTrainEmail: async (...a: Parameters<typeof import('./train.js').runTrainEmail>) =>
    (await import('./train.js')).runTrainEmail(...a),
  runEvalList: async (...a: Parameters<typeof import('./eval.js').runEvalList>) =>
    (await import('./eval.js')).runEvalList(...a),
  runEvalEmail: async (...a: Parameters<typeof import('./eval.js').runEvalEmail>) =>
    (await import('./eval.js')).runEvalEmail(...a),
  runFilter: async (...a: Parameters<typeof import('./filter.js').runFilter>) =>
    (await import('./filter.js')).runFilter(...a),
};

const pkg = JSON.parse(readFileSync(packageUrl('package.json'), 'utf8')) as {
  version: string;
};

export function buildProgram(io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command('vigil')
    .description(
      'Explainable detection of phishing, BEC, callback and voice-follow-up lures, lookalike and generated domains, phishing URLs and prompt injection',
    )
    .version(pkg.version, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .exitOverride();

  program
    .command('scan')
    .description('scan emails (files, directories of *.eml, - for stdin), URLs or domains and print verdicts')
    .argument('<inputs...>', 'files, directories or - (email); URLs or domains with --kind; - reads stdin')
    .addOption(new Option('-k, --kind <kind>', 'what the inputs are').choices([...KINDS]).default('email'))
    .option(
      '-c, --config <file>',
      'JSON config file (organization, VIPs, partners, brands, trusted authserv-ids, limits)',
    )
    .option('--json', 'one verdict JSON object per line, in input order')
    .option('--no-model', 'rules only: do not load the learned models')
    .option(
      '-j, --jobs <n>',
      'email: worker threads scanning in parallel (default: the number of cores; output keeps input order)',
    )
    .option(
      '--verify-auth',
      'verify SPF/DKIM/DMARC live over DNS (needs --client-ip; off by default: scanning is offline)',
    )
    .option('--client-ip <ip>', 'connecting client IP, for --verify-auth')
    .option('--helo <name>', 'SMTP HELO/EHLO name, for --verify-auth')
    .option('--mail-from <address>', 'SMTP MAIL FROM, for --verify-auth')
    .option('-q, --quiet', 'no progress line and no summary on a terminal (they are never written to a pipe)')
    .option('--ocr', 'email: read the text of inline and attached images (offline OCR, ~0.3 s an image)')
    .addHelpText(
      'after',
      '\nExit status: 0 every input clean, 1 any suspicious or malicious, 2 usage error or an input that could not be analysed.\n' +
        'Examples:\n  vigil scan --config examples/config.json examples/bec-wire-transfer.eml\n  vigil scan --json mail/\n  vigil scan --kind url "http://paypal.com@198.51.100.7/login"\n  vigil scan --kind domain micros0ft-sso-verify.com',
    )
    .action(async (inputs: string[], opts) => setExit(await lazy.runScan(inputs, opts, io)));

  program
    .command('serve')
    .description('run the HTTP API and the dashboard (needs an API key: see `vigil keys create`)')
    .option('-p, --port <port>', 'TCP port', '8080')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option(
      '--db <path|url>',
      'SQLite file (default: $XDG_DATA_HOME/vigil/vigil.db or ~/.local/share/vigil/vigil.db) or postgres://user@host/database shared by replicas',
    )
    .option('-c, --config <file>', 'JSON config file')
    .option('--keep-raw', 'store raw messages with their verdicts (they hold personal data; off by default)')
    .option('--keep-evidence', 'store evidence text and fired messages (they quote the mail; off by default)')
    .option(
      '--retention-days <days>',
      'purge verdicts and feedback older than this, hourly; "never" keeps them (default 30)',
    )
    .option(
      '--log-level <level>',
      'request log level: fatal, error, warn, info, debug, trace, silent (default info)',
    )
    .option('--insecure-no-auth', 'serve without API keys (local experiments only)')
    .option('-j, --jobs <n>', 'worker threads for email scans (default: the number of cores)')
    .addHelpText(
      'after',
      '\nExample:\n  vigil keys create --name analyst\n  vigil serve --config examples/config.json --port 8080    # then open http://127.0.0.1:8080/',
    )
    .action(async (opts) => setExit(await lazy.runServe(opts, io)));

  program
    .command('filter')
    .description(
      'SMTP content filter for Postfix (content_filter or smtpd_proxy_filter): X-Vigil-* headers, policies per verdict',
    )
    .option('--listen <host:port>', 'address to accept mail on (from Postfix)')
    .option('--next-hop <host:port>', 'where to hand mail on (Postfix re-injection smtpd)')
    .option('-c, --config <file>', 'JSON config file (its "filter" section sets policies and limits)')
    .option('--no-model', 'rules only: do not load the learned models')
    .addHelpText(
      'after',
      '\nExample (README "Mail flow"):\n  vigil filter --listen 127.0.0.1:10025 --next-hop 127.0.0.1:10026 --config /etc/vigil.json',
    )
    .action(async (opts) => setExit(await lazy.runFilter(opts, io)));

  program
    .command('keys')
    .description('manage API keys for `vigil serve`: create --name NAME | list | revoke ID|NAME')
    .argument('<action>', 'create, list or revoke')
    .argument('[target]', 'key id or name (revoke)')
    .option('--name <name>', 'name of the new key (create)')
    .option(
      '--role <role>',
      'what the new key may do (create): read (history, stats), scan (read + scan), admin (scan + feedback, raw messages); default admin',
    )
    .option('--db <path|url>', 'SQLite file or postgres:// URL (default: as for `vigil serve`)')
    .option('--json', 'machine-readable output')
    .action(async (action: string, target: string | undefined, opts) =>
      setExit(await lazy.runKeys(action, target === undefined ? [] : [target], opts, io)),
    );

  program
    .command('purge')
    .description(
      'delete stored verdicts (and raw messages) and feedback now: --older-than DAYS or --all (keys are kept)',
    )
    .option('--db <path|url>', 'SQLite file or postgres:// URL (default: as for `vigil serve`)')
    .option('--older-than <days>', 'delete what was stored more than DAYS days ago')
    .option('--all', 'delete every verdict and all feedback')
    .option('--json', 'machine-readable output')
    .action(async (opts) => setExit(await lazy.runPurge(opts, io)));

  // train / eval: one parent each; every model kind adds its subcommand here (url, domain, email …)
  const train = program
    .command('train')
    .description('train a model and write its model card (url, domain, email)')
    .addHelpText(
      'after',
      `\nTraining needs --out and at least ${MIN_TRAIN_ROWS_PER_CLASS} malicious and ${MIN_TRAIN_ROWS_PER_CLASS} benign rows (messages for email); less is E_DATA.`,
    );
  const trainOptions = (c: Command, kind: string) =>
    c
      .requiredOption(
        '--data <file>',
        kind === 'url' ? 'CSV with url,label,source (RFC 4180)' : 'CSV with domain,label,family',
      )
      .option(
        '--out <file>',
        `model file to write (required; name models/${kind}.json to replace the shipped model)`,
      )
      .option('--card <file>', 'model card (default: --out with .md)')
      .option('--bits <n>', 'log2 of hashed feature buckets (default 18)')
      .option('--epochs <n>', 'passes over the data (default 8)')
      .option('--l1 <x>', 'L1 strength')
      .option('--l2 <x>', 'L2 strength')
      .option('--alpha <x>', 'FTRL learning rate')
      .option('--seed <n>', 'shuffle and fold seed (default 1)')
      .option('--folds <n>', 'cross-validation folds (default 5)')
      .option('--date <yyyy-mm-dd>', 'training date written to the card (default today)')
      .option('--model-version <v>', 'model version (default <date>.1)')
      .option('--quiet', 'no progress on stderr');
  trainOptions(
    train.command('url').description('train the phishing-URL model (CV grouped by registrable domain)'),
    'url',
  )
    .option(
      '--features <url/1|url/2|url/3|url/4>',
      "url/1, url/2 and url/4 (url/2 plus the host's brand and lure words): linear over hashed features; url/3: trees stacked on the linear margin (default url/2; see models/url.md)",
    )
    .option(
      '--mail-weight <n>',
      'copies of each benign mail link (source mail_*) the learner sees (default 1)',
    )
    .action(async (opts) => setExit(await lazy.runTrainUrl(opts, io)));
  trainOptions(
    train.command('domain').description('train the generated-domain (DGA) model (leave-family-out CV)'),
    'domain',
  )
    .option(
      '--group-by <family|domain>',
      'CV groups: family (leave-family-out, default) or domain (families seen in training)',
    )
    .option(
      '--net',
      'add the character network (src/ml/charnet.ts) to the linear model (not shipped: see models/domain.md)',
    )
    .option(
      '--lexicon <file>',
      'domain-use lexicon from scripts/domain-lexicon.mjs: dga/3 word-combination features (see models/domain.md)',
    )
    .option(
      '--no-hard-negatives',
      'train without the hard-negative refits (the benign names scored highest learnt again; see models/domain.md)',
    )
    .action(async (opts) => setExit(await lazy.runTrainDomain(opts, io)));

  train
    .command('email')
    .description('train the email model on folders of *.eml (recursive, sorted); CV grouped by campaign')
    .requiredOption('--malicious <dir...>', 'folder(s) of malicious .eml (phishing, BEC, fraud)')
    .requiredOption('--benign <dir...>', 'folder(s) of benign .eml')
    .option(
      '--out <file>',
      'model file to write (required; name models/email.json to replace the shipped model)',
    )
    .option('--card <file>', 'model card (default: --out with .md)')
    .option('--bits <n>', 'log2 of hashed feature buckets (default 20)')
    .option('--epochs <n>', 'passes over the data (default 10)')
    .option('--l1 <x>', 'L1 strength (default 0.1)')
    .option('--l2 <x>', 'L2 strength (default 1)')
    .option('--alpha <x>', 'FTRL learning rate (default 0.1)')
    .option('--seed <n>', 'shuffle and fold seed (default 1)')
    .option('--folds <n>', 'grouped folds for calibration and the card metrics (default 3)')
    .option('--date <yyyy-mm-dd>', 'training date written to the card (default today)')
    .option('--model-version <v>', 'model version (default <date>.1)')
    .option(
      '--wording',
      "train the wording model instead (text features only; the evidence gate's ask, models/email_wording.json)",
    )
    .option('--quiet', 'no progress on stderr')
    .action(async (opts) => setExit(await lazy.runTrainEmail(opts, io)));

  const evaluate = program
    .command('eval')
    .description('measure detection on labelled inputs (url, domain, email)');
  for (const kind of ['url', 'domain'] as const) {
    evaluate
      .command(kind)
      .description(
        `score two lists of ${kind}s (one per line) and report AUC, TPR at FPR 0.1 %/1 %, rates at the verdict, throughput`,
      )
      .requiredOption('--malicious <file>', `malicious ${kind}s, one per line`)
      .requiredOption('--benign <file>', `benign ${kind}s, one per line`)
      .option('--json', 'print exactly one JSON object')
      .option('-c, --config <file>', 'JSON config file')
      .option('--no-model', 'rules only')
      .option('-q, --quiet', 'no progress line and no summary on a terminal')
      .action(async (opts) => setExit(await lazy.runEvalList(kind, opts, io)));
  }
  evaluate
    .command('email')
    .description(
      'scan folders of labelled *.eml and report AUC, TPR at FPR 0.1 %/1 %, rates at the verdict, throughput (--cv: cross-validate the email model)',
    )
    .requiredOption('--malicious <dir...>', 'folder(s) of malicious .eml')
    .requiredOption('--benign <dir...>', 'folder(s) of benign .eml')
    .option('-c, --config <file>', 'JSON config file')
    .option('--json', 'print exactly one JSON object')
    .option('--slices <file>', 'CSV file,slice: also report TPR/FPR per slice (rows matched by file name)')
    .option('--model-file <file>', 'email model to use instead of the configured/shipped one')
    .option('--scores <file>', "also write file,label,score,flagged CSV (the peers' format)")
    .option('-j, --jobs <n>', 'worker threads scanning in parallel (default: the number of cores)')
    .option('--no-model', 'rules only')
    .option(
      '--cv',
      'cross-validate instead: train the email model on the other folds and scan each held-out fold with the full analyzer',
    )
    .option(
      '--mode <group|source>',
      '--cv folds: group (default, also "grouped": k folds grouped by campaign) or source (leave one source folder out)',
    )
    .option('--folds <n>', '--cv: number of grouped folds (default 5)')
    .option('--seed <n>', '--cv: fold and shuffle seed (default 1)')
    .option('--out <dir>', '--cv: write cv-email-<mode>.csv, .json, -detail.jsonl and -folds.csv here')
    .option(
      '--train-malicious <dir...>',
      "--cv: malicious folder(s) added to every fold's training, never scored",
    )
    .option('--train-benign <dir...>', "--cv: benign folder(s) added to every fold's training, never scored")
    .option(
      '--no-wording',
      '--cv: train no wording model in the folds (the gate reads the email model alone)',
    )
    .option(
      '--wording-train-malicious <dir...>',
      "--cv: malicious folder(s) added to every fold's wording model only, never scored",
    )
    .option(
      '--wording-train-benign <dir...>',
      "--cv: benign folder(s) added to every fold's wording model only, never scored",
    )
    .option('-q, --quiet', 'no progress line and no summary on a terminal')
    .addHelpText(
      'after',
      '\nExamples:\n  vigil eval email --malicious mail/phish --benign mail/ham\n  vigil eval email --cv --mode source --malicious mail/phish --benign mail/ham --out .vigil/cv',
    )
    .action(async (opts) => setExit(await lazy.runEvalEmail(opts, io)));

  return program;
}

/** Exit status when stdout is closed early (`vigil scan … | head -1`): the run ended without delivering everything. */
export const EXIT_STDOUT_CLOSED = 2;

/** Resolves once everything written to `stream` so far has been handed to the OS (or it is gone). */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    if (stream.destroyed || stream.writableEnded) return resolve();
    stream.once('close', resolve);
    // writes complete in order: the callback of an empty write runs after every earlier one
    stream.write('', () => {
      stream.off('close', resolve);
      resolve();
    });
  });
}

/**
 * The installed command (bin/vigil.js): runs `main`, then exits only once stdout and stderr have
 * been flushed. Exiting at once lost verdicts: with 3,000 URLs piped to a reader, 50 to 2,389 lines
 * arrived, and a SIEM pipeline dropped verdicts silently. A reader that closes early (EPIPE) ends
 * the run quietly, without a stack trace.
 */
export async function runCli(argv: string[] = process.argv): Promise<void> {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(EXIT_STDOUT_CLOSED);
    process.stderr.write(`vigil: cannot write to stdout: ${err.code ?? err.message}\n`);
    process.exit(2);
  });
  process.stderr.on('error', () => undefined); // nowhere left to report it
  let code: number;
  try {
    code = await main(argv, processIo);
  } catch (err) {
    process.stderr.write(`vigil: ${(err as Error)?.stack ?? String(err)}\n`);
    code = 2;
  }
  process.exitCode = code;
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  // a command may leave handles open (timers, a worker pool): everything is written, so end here
  process.exit(code);
}

export async function main(argv: string[] = process.argv, io: CliIo = processIo): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version exit 0; anything else commander rejects is a usage error
      return err.exitCode === 0 ? 0 : 2;
    }
    io.stderr(`vigil: ${escapeControl((err as Error).message)}\n`);
    return 2;
  }
  return code;
}
