import type { Evidence, StoredVerdict, Verdict } from '../types';
import { pct, words } from '../format';
import { CategoryChips, SeverityBadge, VerdictBadge } from './Badge';
import { highlight, quoted, tokens } from './Highlight';

/** Evidence texts that were stored (a stored verdict without --keep-evidence has none). */
function evidenceTexts(evidence: Evidence[]): string[] {
  return evidence.map((e) => e.text).filter((t): t is string => typeof t === 'string' && t !== '');
}

/** A verdict with its reasons (signals, most important first) and their evidence marked. */
export function VerdictView({ v }: { v: Verdict | StoredVerdict }) {
  const stored = 'created_at' in v ? v : null;
  const subject = stored?.subject || (typeof v.input.subject === 'string' ? v.input.subject : '');
  const sender = stored?.sender || (typeof v.input.from === 'string' ? v.input.from : '');
  return (
    <article className={`verdict verdict-card-${v.verdict}`} aria-labelledby="verdict-title">
      <header className="verdict-head">
        <div>
          <p className="eyebrow">{v.kind} verdict</p>
          <h2 id="verdict-title" className="verdict-title">
            <VerdictBadge label={v.verdict} large />
            <span className="score" title="Calibrated probability that the input is malicious">
              score {pct(v.score)}
            </span>
          </h2>
          <meter className="score-meter" min={0} max={1} low={0.5} high={0.9} optimum={0} value={v.score} aria-label={`Score ${pct(v.score)}`} />
          <CategoryChips categories={v.categories} />
        </div>
        <dl className="facts">
          <dt>Target</dt>
          <dd className="break">{v.target}</dd>
          {subject && (
            <>
              <dt>Subject</dt>
              <dd className="break">{subject}</dd>
            </>
          )}
          {sender && (
            <>
              <dt>From</dt>
              <dd className="break">{sender}</dd>
            </>
          )}
          {stored && stored.urls.length > 0 && (
            <>
              <dt>URLs</dt>
              <dd>
                <ul className="urls">
                  {stored.urls.slice(0, 20).map((u) => (
                    <li key={u} className="break">
                      <code>{u}</code>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
        </dl>
      </header>

      <section aria-labelledby="reasons-title">
        <h3 id="reasons-title">Why: {v.signals.length ? `${v.signals.length} signal${v.signals.length > 1 ? 's' : ''}` : 'no signals fired'}</h3>
        {stored?.evidence_stored === false &&
          v.signals.length > 0 &&
          (v.signals.some((s) => evidenceTexts(s.evidence).length > 0) ? (
            <p className="muted">Evidence is shown from your scan only: this server does not store it (no --keep-evidence), so it is gone when you reload.</p>
          ) : (
            <p className="muted">Evidence text is not stored on this server (no --keep-evidence): each signal shows its summary and where it fired.</p>
          ))}
        {v.signals.length === 0 ? (
          <p className="muted">Nothing in this {v.kind} matched a detection; the score comes from the model alone.</p>
        ) : (
          <ol className="signals">
            {v.signals.map((s, i) => (
              <li key={`${s.id}-${i}`} className={`signal sig-${s.severity}`}>
                <div className="signal-head">
                  <SeverityBadge severity={s.severity} />
                  <span className="signal-cat">{words(s.category)}</span>
                  <code className="signal-id">{s.id}</code>
                </div>
                <p className="signal-msg">{highlight(s.message, [...evidenceTexts(s.evidence), ...tokens(evidenceTexts(s.evidence)), ...quoted(s.message)])}</p>
                {s.evidence.length > 0 && (
                  <dl className="evidence">
                    {s.evidence.map((e, j) => (
                      <div key={j} className="evidence-row">
                        <dt>{e.where}</dt>
                        <dd>
                          {typeof e.text === 'string' ? (
                            <mark className="evidence-text">{e.text}</mark>
                          ) : (
                            <span className="muted">text not stored</span>
                          )}
                        </dd>
                      </div>
                    ))}
                  </dl>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>

      {v.model && v.model.top_features.length > 0 && (
        <section aria-labelledby="model-title">
          <h3 id="model-title">
            Model {v.model.name} {v.model.version}: {pct(v.model.score)}
          </h3>
          <table className="features">
            <caption className="sr-only">Features that moved the model score most</caption>
            <thead>
              <tr>
                <th scope="col">Feature</th>
                <th scope="col">Weight</th>
              </tr>
            </thead>
            <tbody>
              {v.model.top_features.slice(0, 10).map((f) => (
                <tr key={f.feature}>
                  <td className="break">{f.feature}</td>
                  <td className={f.weight >= 0 ? 'pos' : 'neg'}>{f.weight >= 0 ? `+${f.weight.toFixed(2)}` : f.weight.toFixed(2)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      {v.skipped.length > 0 && (
        <section aria-labelledby="skipped-title">
          <h3 id="skipped-title">Not analysed</h3>
          <ul className="skipped">
            {v.skipped.map((s, i) => (
              <li key={i}>
                {s.what}: <span className="muted">{s.why}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
