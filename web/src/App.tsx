import { Suspense, lazy, useCallback, useEffect, useRef, useState } from 'react';
import { api, clearKey, getKey, setKey, setUnauthorizedHandler } from './api';
import { About } from './pages/About';
import { History } from './pages/History';
import { StatusContext } from './status';
import type { Role, Status } from './types';
import { Scan } from './pages/Scan';
import { SignIn } from './pages/SignIn';
import { VerdictPage } from './pages/VerdictPage';

// the charts library is most of the bundle: load it only when the overview is opened
const Overview = lazy(() => import('./pages/Overview').then((m) => ({ default: m.Overview })));

type AuthState = 'checking' | 'signed-out' | 'signed-in' | 'open';

function useHashPath(): string {
  const read = () => window.location.hash.replace(/^#/, '') || '/scan';
  const [path, setPath] = useState(read);
  useEffect(() => {
    const on = () => setPath(read());
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return path;
}

const NAV: { path: string; label: string; role: Role }[] = [
  { path: '/scan', label: 'Scan', role: 'scan' },
  { path: '/history', label: 'History', role: 'read' },
  { path: '/overview', label: 'Overview', role: 'read' },
  { path: '/about', label: 'About', role: 'read' },
];
const RANK: Record<Role, number> = { read: 0, scan: 1, admin: 2 };

export function App() {
  const [auth, setAuth] = useState<AuthState>('checking');
  const [status, setStatus] = useState<Status | null>(null);
  const path = useHashPath();
  const main = useRef<HTMLElement>(null);

  const signOut = useCallback(() => {
    clearKey();
    setAuth('signed-out');
  }, []);

  useEffect(() => {
    setUnauthorizedHandler(signOut);
    // a server started with --insecure-no-auth answers without a key: no sign-in needed
    const key = getKey();
    if (auth !== 'checking') return;
    api<Status>('/v1/status', {}, key)
      .then((s) => {
        setStatus(s);
        setAuth(key ? 'signed-in' : 'open');
      })
      .catch(() => {
        if (key) clearKey();
        setAuth('signed-out');
      });
  }, [signOut, auth]);

  // move focus to the new page's content so keyboard and screen-reader users land on it
  useEffect(() => {
    main.current?.focus({ preventScroll: true });
  }, [path]);

  if (auth === 'checking') return <p className="loading">Loading…</p>;
  if (auth === 'signed-out')
    return (
      <SignIn
        onSignedIn={(k) => {
          setKey(k);
          // read the key's role and the server's status before showing anything
          setAuth('checking');
        }}
      />
    );

  const role: Role = status?.role ?? 'read';
  const nav = NAV.filter((n) => RANK[role] >= RANK[n.role]);
  const verdictId = /^\/verdicts\/([^/]+)$/.exec(path)?.[1];
  let page;
  if (verdictId) page = <VerdictPage id={decodeURIComponent(verdictId)} />;
  else if (path === '/history') page = <History />;
  else if (path === '/overview') page = <Overview />;
  else if (path === '/about') page = <About />;
  // a read-only key has no Scan page: its start page is the history
  else page = RANK[role] >= RANK.scan ? <Scan /> : <History />;

  return (
    <>
      <a
        className="skip"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          main.current?.focus();
        }}
      >
        Skip to content
      </a>
      <header className="topbar">
        <span className="brand" aria-label="Vigil">
          <span aria-hidden="true" className="logo" /> Vigil
        </span>
        <nav aria-label="Main">
          <ul>
            {nav.map((n) => (
              <li key={n.path}>
                <a
                  href={`#${n.path}`}
                  aria-current={path === n.path || (n.path === '/history' && verdictId) ? 'page' : undefined}
                >
                  {n.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {auth === 'signed-in' ? (
          <span className="who">
            <span className="small" title={status?.key ? `key ${status.key.id}` : undefined}>
              {status?.key?.name} · <span data-testid="role">{role}</span>
            </span>
            <button type="button" className="link" onClick={signOut}>
              Sign out
            </button>
          </span>
        ) : (
          <span className="warn small">No sign-in: server runs without auth</span>
        )}
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <StatusContext.Provider value={status}>
          <Suspense fallback={<p aria-live="polite">Loading…</p>}>{page}</Suspense>
        </StatusContext.Provider>
      </main>
    </>
  );
}
