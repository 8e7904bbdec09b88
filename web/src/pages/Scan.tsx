import { useRef, useState, type DragEvent, type FormEvent } from 'react';
import { api, postJson } from '../api';
import { navigate } from '../format';
import { rememberScan } from '../fresh';
import type { Verdict } from '../types';

/** Largest upload the dashboard sends; the server enforces its own limit (413) anyway. */
const MAX_UPLOAD = 25 * 1024 * 1024;

export function Scan() {
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState('');
  const [error, setError] = useState('');
  const [kind, setKind] = useState<'url' | 'domain'>('url');
  const [text, setText] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);

  async function scanFile(file: File) {
    setError('');
    if (file.size > MAX_UPLOAD) {
      setError(`${file.name} is larger than 25 MB.`);
      return;
    }
    setBusy(`Scanning ${file.name}…`);
    try {
      const v = await api<Verdict>(`/v1/scan/email?filename=${encodeURIComponent(file.name)}`, {
        method: 'POST',
        headers: { 'content-type': 'message/rfc822' },
        body: await file.arrayBuffer(),
      });
      rememberScan(v);
      navigate(`/verdicts/${v.id}`);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy('');
      if (fileInput.current) fileInput.current.value = '';
    }
  }

  async function scanText(e: FormEvent) {
    e.preventDefault();
    const value = text.trim();
    if (!value) {
      setError(kind === 'url' ? 'Paste a URL to scan.' : 'Type a domain to scan.');
      return;
    }
    setError('');
    setBusy(`Scanning ${value}…`);
    try {
      const v = await postJson<Verdict>(
        `/v1/scan/${kind}`,
        kind === 'url' ? { url: value } : { domain: value },
      );
      rememberScan(v);
      navigate(`/verdicts/${v.id}`);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy('');
    }
  }

  function onDrop(e: DragEvent) {
    e.preventDefault();
    setDragging(false);
    const f = e.dataTransfer.files[0];
    if (f) void scanFile(f);
  }

  return (
    <>
      <h1>Scan</h1>
      <div className="scan-grid">
        <section aria-labelledby="email-title" className="panel">
          <h2 id="email-title">An email</h2>
          <div
            className={`dropzone${dragging ? ' dragging' : ''}`}
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
          >
            <p>Drop an .eml file here, or</p>
            <label htmlFor="eml-file" className="button">
              Choose a file…
            </label>
            <input
              id="eml-file"
              ref={fileInput}
              className="file-input"
              type="file"
              accept=".eml,message/rfc822,text/plain"
              onChange={(e) => {
                const f = e.target.files?.[0];
                if (f) void scanFile(f);
              }}
            />
            <p className="muted small">
              The message is scanned on this server; it is not kept unless the server runs with --keep-raw.
            </p>
          </div>
        </section>

        <section aria-labelledby="url-title" className="panel">
          <h2 id="url-title">A URL or domain</h2>
          <form onSubmit={scanText} className="stack">
            <fieldset className="kind-choice">
              <legend>What is it?</legend>
              <label>
                <input
                  type="radio"
                  name="kind"
                  value="url"
                  checked={kind === 'url'}
                  onChange={() => setKind('url')}
                />{' '}
                URL
              </label>
              <label>
                <input
                  type="radio"
                  name="kind"
                  value="domain"
                  checked={kind === 'domain'}
                  onChange={() => setKind('domain')}
                />{' '}
                Domain
              </label>
            </fieldset>
            <label htmlFor="scan-text">{kind === 'url' ? 'URL' : 'Domain'}</label>
            <input
              id="scan-text"
              type="text"
              inputMode="url"
              spellCheck={false}
              autoComplete="off"
              placeholder={kind === 'url' ? 'https://login.example.test/verify' : 'paypa1-secure.example'}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
            <button type="submit" disabled={Boolean(busy)}>
              Scan {kind === 'url' ? 'URL' : 'domain'}
            </button>
          </form>
        </section>
      </div>
      <div aria-live="polite" className="status">
        {busy && <p>{busy}</p>}
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </>
  );
}
