// One-core measurements for the benchmarks (bench/email.js, bench/url.js, bench/serve.js): a
// process is pinned to one CPU with Linux's `taskset` when it can be. Unpinned, a "one core" Node
// run is not on one core: V8's parallel GC and concurrent compiler threads use the others, which
// made the one-core rate look higher and the all-cores scaling lower than they are (issue 13).
// When taskset is absent (not Linux, util-linux missing) the run goes ahead and says "not pinned".
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

/** taskset's path when it runs here, else null. VIGIL_BENCH_TASKSET overrides ('' = none). */
export function findTaskset(env = process.env, platform = process.platform) {
  if (env.VIGIL_BENCH_TASKSET !== undefined) return env.VIGIL_BENCH_TASKSET || null;
  if (platform !== 'linux') return null;
  for (const p of ['/usr/bin/taskset', '/bin/taskset'])
    if (existsSync(p) && spawnSync(p, ['-c', '0', 'true'], { stdio: 'ignore' }).status === 0) return p;
  return null;
}

/**
 * How to start `argv` (a command and its arguments) on the CPUs `cpus` ('0', '1-3'):
 * { argv, pinned, note }, note being what the benchmark prints beside its row.
 */
export function onCpus(argv, cpus, taskset = findTaskset()) {
  if (!taskset) return { argv, pinned: false, note: 'not pinned (no taskset here)' };
  return { argv: [taskset, '-c', String(cpus), ...argv], pinned: true, note: `pinned to CPU ${cpus}` };
}

/** The CPUs other than `cpu` of `cores` ('1', '1-3'), or null on a one-core machine. */
export function otherCpus(cores, cpu = 0) {
  const rest = Array.from({ length: cores }, (_, i) => i).filter((i) => i !== cpu);
  if (!rest.length) return null;
  return rest.length === 1 ? String(rest[0]) : `${rest[0]}-${rest.at(-1)}`;
}

/**
 * The processes below `root` (its pid) named `name`, with the CPUs each may run on
 * (/proc/PID/status Cpus_allowed_list): [{ pid, cpus }]. Empty where there is no /proc.
 */
export function descendantsNamed(root, name) {
  let entries;
  try {
    entries = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return [];
  }
  const parent = new Map();
  const comm = new Map();
  for (const d of entries) {
    try {
      // /proc/PID/stat: "pid (comm) state ppid ..."; comm may hold spaces and parentheses
      const s = readFileSync(`/proc/${d}/stat`, 'utf8');
      const close = s.lastIndexOf(')');
      comm.set(Number(d), s.slice(s.indexOf('(') + 1, close));
      parent.set(Number(d), Number(s.slice(close + 2).split(' ')[1]));
    } catch {
      // the process ended while we looked
    }
  }
  const under = (pid) => {
    for (let p = parent.get(pid); p; p = parent.get(p)) if (p === root) return true;
    return false;
  };
  const out = [];
  for (const [pid, c] of comm) {
    if (c !== name || !under(pid)) continue;
    try {
      const m = /^Cpus_allowed_list:\s*(\S+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) out.push({ pid, cpus: m[1] });
    } catch {
      // ended
    }
  }
  return out;
}

/**
 * Move this process (every thread: `-a`) to `cpus`; true when done. bench:serve runs its load
 * generator off the core the one-core server is pinned to, so the two do not share it.
 */
export function pinSelf(cpus, taskset = findTaskset()) {
  if (!taskset || !cpus) return false;
  return (
    spawnSync(taskset, ['-a', '-p', '-c', String(cpus), String(process.pid)], { stdio: 'ignore' }).status ===
    0
  );
}

/**
 * How many cores the machine gives `n` busy threads now: a fixed integer loop (no memory, no
 * allocation; ≈ 0.5 s on one core) run once alone on CPU 0, then `n` copies at once, each pinned
 * to its own CPU; the cores delivered are n × (time alone) ÷ (mean time of the n copies). When
 * other work shares the machine (issue 13: other scans on the same 2-core machine left two busy
 * threads about one core between them, for minutes at a time) this is well below n, and no
 * program's n-core scaling can exceed it. null without taskset (the copies could not be kept
 * apart) or when n < 2.
 * Returns { cores, alone_s, together_s }.
 */
export function coresDelivered(n, taskset = findTaskset(), loops = 1e8) {
  if (!taskset || n < 2) return null;
  // the seconds and a newline in one write: n copies share one pipe, and one short write is not split
  const code = `let x=0;const t=performance.now();for(let i=0;i<${loops};i++){x=(x*31+i)|0}process.stdout.write((performance.now()-t)/1000+(x&0)+'\\n')`;
  const spin = (cpu) => [taskset, '-c', String(cpu), process.execPath, '-e', code];
  const one = spawnSync(spin(0)[0], spin(0).slice(1), { encoding: 'utf8' });
  const alone = Number(one.stdout);
  // n at once, started together through one shell
  const quote = (a) => `'${a.replace(/'/g, `'\\''`)}'`;
  const sh = Array.from({ length: n }, (_, cpu) => `${spin(cpu).map(quote).join(' ')} &`).join(' ');
  const all = spawnSync('sh', ['-c', `${sh} wait`], { encoding: 'utf8' });
  const times = all.stdout
    .split('\n')
    .map(Number)
    .filter((t) => t > 0);
  if (!(alone > 0) || times.length !== n) return null;
  const together = times.reduce((a, b) => a + b, 0) / n;
  return {
    cores: Number(((n * alone) / together).toFixed(2)),
    alone_s: Number(alone.toFixed(3)),
    together_s: Number(together.toFixed(3)),
  };
}
