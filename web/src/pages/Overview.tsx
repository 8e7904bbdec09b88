import { useEffect, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { api } from '../api';
import { LABEL_COLOR, LABEL_TEXT, words } from '../format';
import type { Label, SignalStats, Stats } from '../types';

const RANGES = [
  { id: '24h', label: 'Last 24 hours', bucket: 'hour' },
  { id: '7d', label: 'Last 7 days', bucket: 'day' },
  { id: '30d', label: 'Last 30 days', bucket: 'day' },
] as const;
const LABELS: Label[] = ['malicious', 'suspicious', 'clean'];

function bucketName(start: string, bucket: 'hour' | 'day') {
  const d = new Date(start);
  return bucket === 'hour'
    ? d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })
    : d.toLocaleDateString(undefined, { month: 'short', day: 'numeric' });
}

export function Overview() {
  const [range, setRange] = useState<(typeof RANGES)[number]['id']>('7d');
  const [stats, setStats] = useState<Stats | null>(null);
  const [sig, setSig] = useState<SignalStats | null>(null);
  const [error, setError] = useState('');
  const r = RANGES.find((x) => x.id === range) ?? RANGES[1];

  useEffect(() => {
    let live = true;
    api<Stats>(`/v1/stats?since=${r.id}&bucket=${r.bucket}`)
      .then((s) => live && setStats(s))
      .catch((e: Error) => live && setError(e.message));
    api<SignalStats>(`/v1/stats/signals?since=${r.id}&bucket=${r.bucket}`)
      .then((s) => live && setSig(s))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [r.id, r.bucket]);

  const series = (stats?.series ?? []).map((s) => ({
    ...s,
    name: bucketName(s.start, stats?.bucket ?? 'day'),
  }));
  const cats = Object.entries(stats?.by_category ?? {})
    .map(([c, n]) => ({ name: words(c), count: n }))
    .sort((a, b) => b.count - a.count);
  const total = stats ? stats.totals.clean + stats.totals.suspicious + stats.totals.malicious : 0;
  const bucket = sig?.bucket ?? 'day';
  const sigSeries = (sig?.series ?? []).map((s) => ({ ...s, name: bucketName(s.start, bucket) }));
  const topSignals = Object.entries(sig?.by_signal ?? {})
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 15);
  const busiest = sigSeries.reduce((m, s) => Math.max(m, s.scans), 0);

  return (
    <>
      <h1>Overview</h1>
      <div className="filters">
        <label>
          Period
          <select value={range} onChange={(e) => setRange(e.target.value as typeof range)}>
            {RANGES.map((x) => (
              <option key={x.id} value={x.id}>
                {x.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {!stats && !error && <p aria-live="polite">Loading…</p>}
      {stats && (
        <>
          <ul className="cards" aria-label="Totals">
            <li className="card">
              <span className="card-n">{total}</span> scans
            </li>
            {LABELS.map((l) => (
              <li key={l} className={`card card-${l}`}>
                <span className="card-n">{stats.totals[l]}</span> {LABEL_TEXT[l].toLowerCase()}
              </li>
            ))}
          </ul>
          <div className="charts">
            <section className="panel" aria-labelledby="over-time">
              <h2 id="over-time">Verdicts over time</h2>
              {series.length === 0 ? (
                <p className="muted">No scans in this period.</p>
              ) : (
                <div
                  className="chart"
                  role="img"
                  aria-label={`Stacked bars of verdicts per ${stats.bucket}; the table below has the numbers`}
                >
                  <ResponsiveContainer width="100%" height={260}>
                    <BarChart data={series} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
                      <CartesianGrid strokeDasharray="3 3" vertical={false} />
                      <XAxis dataKey="name" />
                      <YAxis allowDecimals={false} />
                      <Tooltip />
                      <Legend itemSorter={null} />
                      {LABELS.slice()
                        .reverse()
                        .map((l) => (
                          <Bar
                            key={l}
                            dataKey={l}
                            name={LABEL_TEXT[l]}
                            stackId="v"
                            fill={LABEL_COLOR[l]}
                            maxBarSize={56}
                            isAnimationActive={false}
                          />
                        ))}
                    </BarChart>
                  </ResponsiveContainer>
                </div>
              )}
              <details>
                <summary>Show as a table</summary>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{stats.bucket === 'hour' ? 'Hour' : 'Day'}</th>
                      {LABELS.map((l) => (
                        <th key={l} scope="col">
                          {LABEL_TEXT[l]}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {series.map((s) => (
                      <tr key={s.start}>
                        <td>{s.name}</td>
                        {LABELS.map((l) => (
                          <td key={l} className="num">
                            {s[l]}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </details>
            </section>
            <section className="panel" aria-labelledby="by-category">
              <h2 id="by-category">By category</h2>
              {cats.length === 0 ? (
                <p className="muted">No suspicious or malicious scans in this period.</p>
              ) : (
                <>
                  <div
                    className="chart"
                    role="img"
                    aria-label="Bars of scans per category; the list below has the numbers"
                  >
                    <ResponsiveContainer width="100%" height={Math.max(140, cats.length * 40 + 40)}>
                      <BarChart
                        data={cats}
                        layout="vertical"
                        margin={{ top: 4, right: 16, bottom: 0, left: 24 }}
                      >
                        <XAxis type="number" allowDecimals={false} />
                        <YAxis
                          type="category"
                          dataKey="name"
                          width={150}
                          interval={0}
                          tick={{ fontSize: 13 }}
                        />
                        <Tooltip />
                        <Bar
                          dataKey="count"
                          name="Scans"
                          fill="#1f4e79"
                          maxBarSize={28}
                          isAnimationActive={false}
                        />
                      </BarChart>
                    </ResponsiveContainer>
                  </div>
                  <ul className="sr-only">
                    {cats.map((c) => (
                      <li key={c.name}>
                        {c.name}: {c.count}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </section>
          </div>
          {sig && (
            <div className="charts">
              <section className="panel" aria-labelledby="signals-title">
                <h2 id="signals-title">Signals over time</h2>
                <p className="muted small">
                  In how many stored verdicts each signal fired, per {bucket} (most frequent first).
                </p>
                {topSignals.length === 0 ? (
                  <p className="muted">No signal fired in this period.</p>
                ) : (
                  <div className="table-wrap">
                    <table className="signal-stats" data-testid="signal-stats">
                      <thead>
                        <tr>
                          <th scope="col">Signal</th>
                          <th scope="col">Total</th>
                          {sigSeries.map((s) => (
                            <th key={s.start} scope="col" className="num">
                              {s.name}
                            </th>
                          ))}
                        </tr>
                      </thead>
                      <tbody>
                        {topSignals.map(([id, n]) => (
                          <tr key={id}>
                            <th scope="row" className="break">
                              <code>{id}</code>
                            </th>
                            <td className="num">{n}</td>
                            {sigSeries.map((s) => (
                              <td key={s.start} className="num">
                                {s.signals[id] ?? 0}
                              </td>
                            ))}
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                )}
              </section>
              <section className="panel" aria-labelledby="throughput-title">
                <h2 id="throughput-title">Throughput</h2>
                <p className="muted small" data-testid="throughput-summary">
                  {total} scans in this period; busiest {bucket}: {busiest} scans
                  {sigSeries.length > 0 &&
                    `; mean analysis time ${(
                      sigSeries.reduce((a, s) => a + s.mean_elapsed_ms * s.scans, 0) /
                      Math.max(
                        1,
                        sigSeries.reduce((a, s) => a + s.scans, 0),
                      )
                    ).toFixed(1)} ms`}
                  .
                </p>
                {sigSeries.length > 0 && (
                  <div
                    className="chart"
                    role="img"
                    aria-label={`Bars of scans per ${bucket}; the table below has the numbers`}
                  >
                    <ResponsiveContainer width="100%" height={180}>
                      <BarChart data={sigSeries} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
                        <CartesianGrid strokeDasharray="3 3" vertical={false} />
                        <XAxis dataKey="name" />
                        <YAxis allowDecimals={false} />
                        <Tooltip />
                        <Bar
                          dataKey="scans"
                          name="Scans"
                          fill="#1f4e79"
                          maxBarSize={56}
                          isAnimationActive={false}
                        />
                      </BarChart>
                    </ResponsiveContainer>
                  </div>
                )}
                <table className="plain">
                  <thead>
                    <tr>
                      <th scope="col">{bucket === 'hour' ? 'Hour' : 'Day'}</th>
                      <th scope="col" className="num">
                        Scans
                      </th>
                      <th scope="col" className="num">
                        Mean time
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {sigSeries.map((s) => (
                      <tr key={s.start}>
                        <td>{s.name}</td>
                        <td className="num">{s.scans}</td>
                        <td className="num">{s.mean_elapsed_ms.toFixed(1)} ms</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
            </div>
          )}
        </>
      )}
    </>
  );
}
