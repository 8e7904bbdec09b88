import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { api, download } from '../api';
import { fmtTime, pct, words } from '../format';
import type { Kind, Label, VerdictPage, VerdictSummary } from '../types';
import { CategoryChips, VerdictBadge } from '../components/Badge';
import { useSignalList } from '../signals';

const CATEGORIES = [
  'phishing',
  'credential_harvest',
  'bec',
  'callback',
  'extortion',
  'impersonation',
  'lookalike_domain',
  'generated_domain',
  'malicious_url',
  'malware_delivery',
  'hidden_content',
  'prompt_injection',
];

interface Filters {
  q: string;
  kind: Kind | '';
  verdict: Label | '';
  category: string;
  /** yyyy-mm-dd from the date inputs (local dates, sent as the start of that day in UTC). */
  from: string;
  to: string;
}
const EMPTY: Filters = { q: '', kind: '', verdict: '', category: '', from: '', to: '' };

/** The query string of a filter: the same for the list and the export, so an export is what you see. */
function filterQuery(f: Filters): URLSearchParams {
  const q = new URLSearchParams();
  if (f.q.trim()) q.set('q', f.q.trim());
  if (f.kind) q.set('kind', f.kind);
  if (f.verdict) q.set('verdict', f.verdict);
  if (f.category) q.set('category', f.category);
  if (f.from) q.set('since', f.from);
  // "to" is inclusive for people: until the start of the next day
  if (f.to) q.set('until', new Date(Date.parse(`${f.to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10));
  return q;
}

export function History() {
  const [draft, setDraft] = useState<Filters>(EMPTY);
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const kinds = useSignalList()?.kinds ?? [];
  const [items, setItems] = useState<VerdictSummary[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState('');

  const load = useCallback(
    async (after: string | null) => {
      setLoading(true);
      setError('');
      const q = filterQuery(filters);
      q.set('limit', '25');
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
    [filters],
  );

  useEffect(() => {
    void load(null);
  }, [load]);

  // selects apply at once; the search text and dates on submit (Enter or "Search")
  const set = <K extends keyof Filters>(k: K, value: Filters[K], now = false) => {
    const next = { ...draft, [k]: value };
    setDraft(next);
    if (now) setFilters(next);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setFilters(draft);
  };
  const exportAs = async (format: 'csv' | 'jsonl') => {
    setError('');
    const q = filterQuery(filters);
    q.set('format', format);
    try {
      await download(`/v1/verdicts/export?${q}`, `vigil-verdicts.${format}`);
    } catch (err) {
      setError((err as Error).message);
    }
  };

  return (
    <>
      <h1>History</h1>
      <form
        className="filters history-filters"
        onSubmit={submit}
        aria-label="Search and filters"
        role="search"
      >
        <label className="grow">
          Search
          <input
            type="search"
            value={draft.q}
            maxLength={200}
            placeholder="sender, subject, file name, URL or domain"
            onChange={(e) => set('q', e.target.value)}
          />
        </label>
        <label>
          Kind
          <select value={draft.kind} onChange={(e) => set('kind', e.target.value as Kind | '', true)}>
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
          <select value={draft.verdict} onChange={(e) => set('verdict', e.target.value as Label | '', true)}>
            <option value="">All</option>
            <option value="malicious">Malicious</option>
            <option value="suspicious">Suspicious</option>
            <option value="clean">Clean</option>
          </select>
        </label>
        <label>
          Category
          <select value={draft.category} onChange={(e) => set('category', e.target.value, true)}>
            <option value="">All</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {words(c)}
              </option>
            ))}
          </select>
        </label>
        <label>
          From
          <input type="date" value={draft.from} onChange={(e) => set('from', e.target.value)} />
        </label>
        <label>
          To
          <input type="date" value={draft.to} onChange={(e) => set('to', e.target.value)} />
        </label>
        <div className="buttons">
          <button type="submit">Search</button>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setDraft(EMPTY);
              setFilters(EMPTY);
            }}
          >
            Clear
          </button>
        </div>
      </form>
      <div className="buttons export" aria-label="Export">
        <span className="muted small">Export what this filter matches:</span>
        <button type="button" className="secondary" onClick={() => void exportAs('csv')}>
          CSV
        </button>
        <button type="button" className="secondary" onClick={() => void exportAs('jsonl')}>
          JSON lines
        </button>
      </div>
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
              <th scope="col">Verdict</th>
              <th scope="col">Score</th>
              <th scope="col">Subject / input</th>
              <th scope="col">Sender</th>
              <th scope="col">File name</th>
              <th scope="col">Categories</th>
            </tr>
          </thead>
          <tbody>
            {items.map((i) => (
              <tr key={i.id}>
                <td data-label="When" className="nowrap">
                  {fmtTime(i.created_at)} <span className="muted small">{i.kind}</span>
                </td>
                <td data-label="Verdict">
                  <VerdictBadge label={i.verdict} />
                </td>
                <td data-label="Score" className="num">
                  {pct(i.score)}
                </td>
                <td data-label="Subject / input" className="input-cell">
                  <a href={`#/verdicts/${i.id}`}>
                    {i.kind === 'email' ? i.subject || '(no subject)' : i.target}
                  </a>
                </td>
                <td data-label="Sender" className="break">
                  {i.sender || <span className="muted">—</span>}
                </td>
                <td data-label="File name" className="break">
                  {i.kind === 'email' ? i.target : <span className="muted">—</span>}
                </td>
                <td data-label="Categories">
                  <CategoryChips categories={i.categories} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div aria-live="polite" className="status">
        {loading ? (
          <p>Loading…</p>
        ) : items.length === 0 && !error ? (
          <p className="muted">No verdicts match.</p>
        ) : null}
      </div>
      {cursor && !loading && (
        <button type="button" className="secondary" onClick={() => void load(cursor)}>
          Load more
        </button>
      )}
    </>
  );
}
