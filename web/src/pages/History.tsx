import { useCallback, useEffect, useState } from 'react';
import { api } from '../api';
import { fmtTime, pct } from '../format';
import type { Kind, Label, VerdictPage, VerdictSummary } from '../types';
import { CategoryChips, VerdictBadge } from '../components/Badge';
import { useSignalList } from '../signals';

export function History() {
  const [kind, setKind] = useState<Kind | ''>('');
  const kinds = useSignalList()?.kinds ?? [];
  const [label, setLabel] = useState<Label | ''>('');
  const [items, setItems] = useState<VerdictSummary[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState('');

  const load = useCallback(
    async (after: string | null) => {
      setLoading(true);
      setError('');
      const q = new URLSearchParams({ limit: '25' });
      if (kind) q.set('kind', kind);
      if (label) q.set('verdict', label);
      if (after) q.set('cursor', after);
      try {
        const page = await api<VerdictPage>(`/v1/verdicts?${q}`);
        setItems((prev) => (after ? [...prev, ...page.items] : page.items));
        setCursor(page.next_cursor);
      } catch (err) {
        setError((err as Error).message);
      } finally {
        setLoading(false);
      }
    },
    [kind, label],
  );

  useEffect(() => {
    void load(null);
  }, [load]);

  return (
    <>
      <h1>History</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="Filters">
        <label>
          Kind
          <select value={kind} onChange={(e) => setKind(e.target.value as Kind | '')}>
            <option value="">All</option>
            {kinds.map((k) => (
              <option key={k.kind} value={k.kind} title={k.description}>
                {k.kind}
              </option>
            ))}
          </select>
        </label>
        <label>
          Verdict
          <select value={label} onChange={(e) => setLabel(e.target.value as Label | '')}>
            <option value="">All</option>
            <option value="malicious">Malicious</option>
            <option value="suspicious">Suspicious</option>
            <option value="clean">Clean</option>
          </select>
        </label>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="table-wrap">
        <table className="history">
          <caption className="sr-only">Stored verdicts, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Kind</th>
              <th scope="col">Verdict</th>
              <th scope="col">Score</th>
              <th scope="col">Input</th>
              <th scope="col">Categories</th>
            </tr>
          </thead>
          <tbody>
            {items.map((i) => (
              <tr key={i.id}>
                <td className="nowrap">{fmtTime(i.created_at)}</td>
                <td>{i.kind}</td>
                <td>
                  <VerdictBadge label={i.verdict} />
                </td>
                <td className="num">{pct(i.score)}</td>
                <td className="input-cell">
                  <a href={`#/verdicts/${i.id}`}>{i.kind === 'email' ? i.subject || i.target : i.target}</a>
                  {i.sender && <div className="muted small break">{i.sender}</div>}
                </td>
                <td>
                  <CategoryChips categories={i.categories} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div aria-live="polite" className="status">
        {loading ? <p>Loading…</p> : items.length === 0 && !error ? <p className="muted">No verdicts match.</p> : null}
      </div>
      {cursor && !loading && (
        <button type="button" className="secondary" onClick={() => void load(cursor)}>
          Load more
        </button>
      )}
    </>
  );
}
