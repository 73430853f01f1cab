import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { ApiError } from '../../api/client';
import { login, useBrowserSession } from '../../app/session';

/** Paste a founder or viewer token once; the server keeps it in an HttpOnly cookie. */
export function LoginPage() {
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const current = useBrowserSession();
  const from = (location.state as { from?: string } | null)?.from ?? '/dashboard';
  if (current.data) return <Navigate to={from} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const session = await login(token.trim());
      queryClient.setQueryData(['browser-session'], session);
      navigate(from, { replace: true });
    } catch (e) {
      setError(e instanceof ApiError && e.status === 401 ? 'This token is not valid.' : `Sign-in failed: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" className="login">
      <form onSubmit={(e) => void submit(e)} aria-labelledby="login-title" className="card">
        <h1 id="login-title">Sign in to Daena</h1>
        <p>
          Paste your founder or viewer token. It is kept by the server in a cookie this page cannot read; you will not need it
          again on this browser.
        </p>
        <label htmlFor="token">Token</label>
        <input
          id="token"
          name="token"
          type="password"
          autoComplete="current-password"
          required
          minLength={16}
          value={token}
          onChange={(e) => setToken(e.target.value)}
          aria-describedby={error ? 'login-error' : 'token-help'}
        />
        <p id="token-help" className="hint">
          Lost it? On the server: <code>npm run cli -- token --rotate</code>
        </p>
        {error && (
          <p id="login-error" role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy || token.trim().length < 16}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
