import { useState, type FormEvent } from 'react';
import { ApiError, api } from '../api';

export function SignIn({ onSignedIn }: { onSignedIn: (key: string) => void }) {
  const [key, setKeyText] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const k = key.trim();
    if (!k) {
      setError('Paste an API key first.');
      return;
    }
    setBusy(true);
    setError('');
    try {
      await api('/v1/verdicts?limit=1', {}, k);
      onSignedIn(k);
    } catch (err) {
      setError(
        err instanceof ApiError && (err.status === 401 || err.status === 403)
          ? 'That key was not accepted (unknown or revoked).'
          : `Could not reach Vigil: ${(err as Error).message}`,
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <main id="main" className="signin" tabIndex={-1}>
      <h1>Sign in to Vigil</h1>
      <p className="muted">
        Use an API key made with <code>vigil keys create --name YOUR-NAME</code>. It is kept in this tab only
        and forgotten when the tab closes.
      </p>
      <form onSubmit={submit} noValidate>
        <label htmlFor="api-key">API key</label>
        <input
          id="api-key"
          name="api-key"
          type="password"
          autoComplete="off"
          spellCheck={false}
          placeholder="vgl_…"
          value={key}
          onChange={(e) => setKeyText(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'signin-error' : undefined}
          autoFocus
        />
        <button type="submit" disabled={busy}>
          {busy ? 'Checking…' : 'Sign in'}
        </button>
        {error && (
          <p id="signin-error" role="alert" className="error">
            {error}
          </p>
        )}
      </form>
    </main>
  );
}
