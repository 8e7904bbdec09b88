import type { Evidence, Explanation, Severity, Signal, StoredVerdict, Verdict } from '../types';
import { pct, words } from '../format';
import { CategoryChips, SeverityBadge, VerdictBadge } from './Badge';
import { highlight, quoted, tokens } from './Highlight';

/** Evidence texts that were stored (a stored verdict without --keep-evidence has none). */
function evidenceTexts(evidence: Evidence[]): string[] {
  return evidence.map((e) => e.text).filter((t): t is string => typeof t === 'string' && t !== '');
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };

/**
 * Severity first, then the verdict's own order (contribution): the engine already orders new
 * verdicts so; verdicts stored before it did are put in the same order here.
 */
export function orderSignals(signals: Signal[]): Signal[] {
  return signals
    .map((s, i) => ({ s, i }))
    .sort((a, b) => SEVERITY_RANK[b.s.severity] - SEVERITY_RANK[a.s.severity] || a.i - b.i)
    .map((x) => x.s);
}

/** The engine's explanation of the score, in sentences; every number is one the engine used. */
export function explain(v: Verdict): string[] {
  const e: Explanation | undefined = v.explanation;
  if (!e) return [];
  const out: string[] = [];
  const n = v.signals.length;
  const rules = `${n} signal${n === 1 ? '' : 's'} fired; read by severity alone (noisy-OR: low 15%, medium 50%, high 75%, critical 95%) they give ${pct(e.rules_score)}.`;
  if (e.method === 'rules') {
    out.push(
      n
        ? `No model: the score is the rules alone. ${rules}`
        : 'No model and no signal: nothing points to an attack.',
    );
  } else if (e.method === 'blend') {
    out.push(
      `The ${v.model?.name ?? ''} model (version ${v.model?.version ?? '?'}) reads the whole message, wording and signals, as ${pct(e.model_score ?? 0)} likely an attack: that is the model's own probability, not the score.`,
    );
    out.push(n ? rules : 'No signal fired: the rules give no evidence of an attack.');
    out.push(
      `The two are joined, the model counting ${e.blend?.model ?? '?'}× and the rules ${e.blend?.rules ?? '?'}× in log-odds: ${pct(e.blended_score ?? v.score)}.`,
    );
  } else {
    out.push(
      `The ${v.model?.name ?? ''} model (version ${v.model?.version ?? '?'}) gives ${pct(e.model_score ?? v.score)}, joined with the signals it does not learn.${n ? '' : ' No signal fired.'}`,
    );
  }
  if (e.gate) {
    const g = e.gate;
    const parts: string[] = [];
    if (g.ask_score !== undefined)
      parts.push(
        `the wording alone reads ${pct(g.ask_score)} like a request, ${pct(g.ask_model_min)} needed`,
      );
    // the wording model, read only when it could decide (a deception and no other ask)
    if (g.wording_score !== undefined && g.wording_min !== undefined)
      parts.push(`the wording model reads ${pct(g.wording_score)}, ${pct(g.wording_min)} needed`);
    const wording = parts.join('; ');
    if (g.open) {
      out.push(
        g.strong
          ? 'The evidence gate is open: a signal that is evidence on its own fired.'
          : g.corroborated && !g.ask
            ? 'The evidence gate is open: two independent disguises (e.g. a faked sender and hidden text) fired, with no request the rules could read.'
            : `The evidence gate is open: the message asks for something (${g.ask && wording ? wording : 'a signal'}) and deceives (a signal fakes a sender, a link or a payload).`,
      );
    } else {
      const missing = !g.deception
        ? 'no signal shows a deception (a faked sender, link or payload)'
        : 'nothing in it asks for money, credentials or a call';
      out.push(
        `The evidence gate is closed: ${missing}${wording ? `; ${wording}` : ''}. Without that evidence the score is capped at ${pct(g.cap)}, so the verdict stays clean however sure the model is.`,
      );
    }
  }
  if (e.strong_floor !== undefined)
    out.push(
      `That signal is evidence enough to flag the message: the score is raised to the suspicious threshold, ${pct(e.strong_floor)}.`,
    );
  if (e.wording_floor !== undefined)
    out.push(
      `The wording model, which reads the text alone, also finds it a lure's (${pct(e.gate?.wording_score ?? 0)}, ${pct(e.gate?.wording_confirm_min ?? 0)} needed): with the ask and deception already found, that is evidence enough to flag the message, so the score is raised to the suspicious threshold, ${pct(e.wording_floor)}.`,
    );
  if (e.evidence_floor !== undefined)
    out.push(
      `A rule read the ask and another signal the deception: that is evidence enough to flag the message, so the score is raised to the suspicious threshold, ${pct(e.evidence_floor)}.`,
    );
  if (e.critical_floor !== undefined)
    out.push(`A critical signal puts a floor of ${pct(e.critical_floor)} under the score.`);
  out.push(
    `Score ${pct(v.score)}: suspicious from ${pct(e.thresholds.suspicious)}, malicious from ${pct(e.thresholds.malicious)}, so ${v.verdict}.`,
  );
  return out;
}

/** Evidence text with the words that made the signal fire marked (all of it when it names no match). */
function EvidenceText({ e }: { e: Evidence }) {
  if (typeof e.text !== 'string') return <span className="muted">text not stored</span>;
  if (e.match && e.text.includes(e.match))
    return <span className="evidence-text">{highlight(e.text, [e.match], 1)}</span>;
  return <mark className="evidence-text">{e.text}</mark>;
}

/** A verdict with its reasons (signals, most severe first) and their evidence marked. */
export function VerdictView({ v }: { v: Verdict | StoredVerdict }) {
  const signals = orderSignals(v.signals);
  const why = explain(v);
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
          <meter
            className="score-meter"
            min={0}
            max={1}
            low={0.5}
            high={0.9}
            optimum={0}
            value={v.score}
            aria-label={`Score ${pct(v.score)}`}
          />
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
        <h3 id="reasons-title">
          Why:{' '}
          {v.signals.length
            ? `${v.signals.length} signal${v.signals.length > 1 ? 's' : ''}`
            : 'no signals fired'}
        </h3>
        {stored?.evidence_stored === false &&
          v.signals.length > 0 &&
          (v.signals.some((s) => evidenceTexts(s.evidence).length > 0) ? (
            <p className="muted">
              Evidence is shown from your scan only: this server does not store it (no --keep-evidence), so it
              is gone when you reload.
            </p>
          ) : (
            <p className="muted">
              Evidence text is not stored on this server (no --keep-evidence): each signal shows its summary
              and where it fired.
            </p>
          ))}
        {v.signals.length === 0 ? (
          <p className="muted">Nothing in this {v.kind} matched a detection.</p>
        ) : (
          <ol className="signals">
            {signals.map((s, i) => (
              <li key={`${s.id}-${i}`} className={`signal sig-${s.severity}`}>
                <div className="signal-head">
                  <SeverityBadge severity={s.severity} />
                  <span className="signal-cat">{words(s.category)}</span>
                  <code className="signal-id">{s.id}</code>
                </div>
                <p className="signal-msg">
                  {highlight(s.message, [
                    ...evidenceTexts(s.evidence),
                    ...tokens(evidenceTexts(s.evidence)),
                    ...quoted(s.message),
                  ])}
                </p>
                {s.evidence.length > 0 && (
                  <dl className="evidence">
                    {s.evidence.map((e, j) => (
                      <div key={j} className="evidence-row">
                        <dt>{e.where}</dt>
                        <dd>
                          <EvidenceText e={e} />
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

      {why.length > 0 && (
        <section aria-labelledby="how-title" className="how">
          <h3 id="how-title">How the score was made</h3>
          <ol className="how-list" data-testid="explanation">
            {why.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ol>
        </section>
      )}

      {v.model && v.model.top_features.length > 0 && (
        <section aria-labelledby="model-title">
          <h3 id="model-title">
            What the {v.model.name} model weighed (version {v.model.version}; its own probability{' '}
            {pct(v.model.score)})
          </h3>
          <table className="features">
            <caption className="sr-only">Features that moved the model score most</caption>
            <thead>
              <tr>
                <th scope="col">Feature</th>
                <th scope="col" title="added to the model's log-odds; positive pushes toward malicious">
                  Contribution (log-odds)
                </th>
              </tr>
            </thead>
            <tbody>
              {v.model.top_features.slice(0, 10).map((f) => (
                <tr key={f.feature}>
                  <td className="break">{f.feature}</td>
                  <td className={f.weight >= 0 ? 'pos' : 'neg'}>
                    {f.weight >= 0 ? `+${f.weight.toFixed(2)}` : f.weight.toFixed(2)}
                  </td>
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
