import { fmtTime } from '../format';
import { useStatus } from '../status';

const ROLE_TEXT = {
  read: 'read: history, verdicts and statistics',
  scan: 'scan: read, and scan new input',
  admin: 'admin: scan, feedback and raw messages',
} as const;

/** About / Status: which Vigil, config and models made the verdicts on this server (GET /v1/status). */
export function About() {
  const s = useStatus();
  if (!s) return <p aria-live="polite">Loading…</p>;
  const org = s.organization;
  return (
    <>
      <h1>About this server</h1>
      <div className="about-grid">
        <section className="panel" aria-labelledby="cfg-title">
          <h2 id="cfg-title">Configuration</h2>
          <dl className="facts">
            <dt>Config file</dt>
            <dd className="break" data-testid="config-file">
              {s.config_file ? (
                <>
                  <code>{s.config_file.path}</code>
                  <div className="muted small">sha256 {s.config_file.sha256.slice(0, 16)}…</div>
                </>
              ) : (
                <span className="warn">none: built-in defaults; no organization, VIP or partner checks</span>
              )}
            </dd>
            <dt>Organization</dt>
            <dd className="break">
              {org.name ?? <span className="muted">not set</span>}
              {org.domains.length > 0 && <div className="small">{org.domains.join(', ')}</div>}
            </dd>
            <dt>VIPs</dt>
            <dd>{org.vips}</dd>
            <dt>Partners</dt>
            <dd className="break">
              {org.partners.length ? org.partners.join(', ') : <span className="muted">none</span>}
            </dd>
            <dt>Brands</dt>
            <dd>{s.brands} protected</dd>
            <dt>Thresholds</dt>
            <dd>
              suspicious ≥ {s.thresholds.suspicious}, malicious ≥ {s.thresholds.malicious}
            </dd>
          </dl>
        </section>
        <section className="panel" aria-labelledby="models-title">
          <h2 id="models-title">Models</h2>
          <table className="plain">
            <thead>
              <tr>
                <th scope="col">Kind</th>
                <th scope="col">Model</th>
                <th scope="col">Version</th>
              </tr>
            </thead>
            <tbody>
              {s.models.map((m) => (
                <tr key={m.kind}>
                  <td>{m.kind}</td>
                  <td>{m.name ?? <span className="muted">rules only</span>}</td>
                  <td data-testid={`model-${m.kind}`}>{m.version ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2 className="spaced">Server</h2>
          <dl className="facts">
            <dt>Vigil</dt>
            <dd>{s.version}</dd>
            <dt>Started</dt>
            <dd>{fmtTime(s.started_at)}</dd>
            <dt>Stored</dt>
            <dd>
              raw messages {s.settings.keep_raw ? 'kept' : 'not kept'}; evidence text{' '}
              {s.settings.keep_evidence ? 'kept' : 'not kept'};{' '}
              {s.settings.retention_days === null
                ? 'kept forever'
                : `purged after ${s.settings.retention_days} days`}
            </dd>
            <dt>Rate limit</dt>
            <dd>{s.settings.rate_limit_per_minute} requests per minute per key</dd>
            <dt>Your key</dt>
            <dd className="break">
              {s.key ? (
                <>
                  {s.key.name} (<code>{s.key.id}</code>), role {ROLE_TEXT[s.key.role]}
                </>
              ) : (
                <span className="warn">no key: the server runs without authentication</span>
              )}
            </dd>
          </dl>
        </section>
      </div>
    </>
  );
}
