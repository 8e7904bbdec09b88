import { useEffect, useState, type FormEvent } from 'react';
import { api, postJson } from '../api';
import { fmtTime } from '../format';
import type { Feedback, StoredVerdict } from '../types';
import { VerdictView } from '../components/VerdictView';
import { recentScan } from '../fresh';
import { useCan } from '../status';

export function VerdictPage({ id }: { id: string }) {
  const [v, setV] = useState<StoredVerdict | null>(null);
  const [error, setError] = useState('');
  const canFeedback = useCan('admin');

  useEffect(() => {
    let live = true;
    setV(null);
    setError('');
    api<StoredVerdict>(`/v1/verdicts/${encodeURIComponent(id)}`)
      .then((r) => {
        if (!live) return;
        // stored without evidence text: show this tab's own copy of the scan it just sent, if any
        const mine = r.evidence_stored === false ? recentScan(r.id) : undefined;
        setV(mine ? { ...r, signals: mine.signals, model: mine.model } : r);
      })
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [id]);

  if (error)
    return (
      <>
        <h1>Verdict</h1>
        <p role="alert" className="error">
          {error}
        </p>
        <p>
          <a href="#/history">Back to history</a>
        </p>
      </>
    );
  if (!v) return <p aria-live="polite">Loading verdict…</p>;

  return (
    <>
      <nav aria-label="Breadcrumb" className="crumbs">
        <a href="#/history">History</a> <span aria-hidden="true">›</span>{' '}
        <span className="break">{v.subject || v.target}</span>
      </nav>
      <h1 className="sr-only">Verdict {v.id}</h1>
      <p className="muted small">
        Scanned {fmtTime(v.created_at)} · id <code>{v.id}</code> · {v.elapsed_ms} ms
      </p>
      <VerdictView v={v} />
      {canFeedback ? (
        <FeedbackForm verdict={v} onAdded={(fb) => setV({ ...v, feedback: [...v.feedback, fb] })} />
      ) : (
        <p className="muted small" data-testid="no-feedback">
          Feedback needs an admin key; this key can read verdicts
          {v.feedback.length
            ? ` (${v.feedback.length} feedback entr${v.feedback.length === 1 ? 'y' : 'ies'} recorded)`
            : ''}
          .
        </p>
      )}
    </>
  );
}

function FeedbackForm({ verdict, onAdded }: { verdict: StoredVerdict; onAdded: (fb: Feedback) => void }) {
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState('');
  const [error, setError] = useState('');

  async function send(label: 'malicious' | 'benign', e?: FormEvent) {
    e?.preventDefault();
    setBusy(true);
    setError('');
    setDone('');
    try {
      const fb = await postJson<Feedback>(`/v1/verdicts/${verdict.id}/feedback`, { label, note });
      onAdded(fb);
      setNote('');
      setDone(
        `Thanks: recorded as ${label}. Feedback is stored for a reviewed retraining run; it does not change Vigil by itself.`,
      );
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="feedback-title" className="panel feedback">
      <h2 id="feedback-title">Was this verdict right?</h2>
      <form onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="feedback-note">Note (optional)</label>
        <textarea
          id="feedback-note"
          rows={2}
          maxLength={2000}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          placeholder="e.g. internal phishing test; vendor confirmed the invoice by phone"
        />
        <div className="buttons">
          <button type="button" className="danger" disabled={busy} onClick={() => void send('malicious')}>
            It is malicious
          </button>
          <button type="button" className="secondary" disabled={busy} onClick={() => void send('benign')}>
            It is benign
          </button>
        </div>
      </form>
      <div aria-live="polite">{done && <p className="ok">{done}</p>}</div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {verdict.feedback.length > 0 && (
        <>
          <h3>Feedback so far</h3>
          <ul className="feedback-list">
            {verdict.feedback.map((f) => (
              <li key={f.id}>
                <strong>{f.label}</strong> · {fmtTime(f.created_at)}
                {f.key_id ? ` · ${f.key_id}` : ''}
                {f.note && <span className="muted"> — {f.note}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
