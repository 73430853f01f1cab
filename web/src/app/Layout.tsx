import { useState, type ReactNode } from 'react';
import { Link, NavLink } from 'react-router';
import { useFounderState, useLlmStatus } from '../api/hooks';
import type { LlmStatusView } from '../api/types';
import { useLive, type ConnectionState } from '../live/LiveProvider';
import { useSession } from './session';

/** The navigation, in order. A new page adds its entry here (docs/web.md). */
export const NAV: Array<{ to: string; label: string }> = [
  { to: '/dashboard', label: 'Dashboard' },
  { to: '/daena-office', label: "Daena's office" },
  { to: '/departments', label: 'Departments' },
  { to: '/agents', label: 'Agents' },
  { to: '/task-timeline', label: 'Tasks' },
  { to: '/voice-panel', label: 'Voice' },
  { to: '/connections', label: 'Connections' },
  { to: '/councils', label: 'Councils' },
  { to: '/brain-settings', label: 'Brain settings' },
  { to: '/founder-panel', label: 'Founder panel' },
  { to: '/audit', label: 'Audit' },
];

const CONNECTION_LABEL: Record<ConnectionState, string> = {
  connecting: 'Connecting',
  catching_up: 'Catching up',
  live: 'Live',
  reconnecting: 'Reconnecting',
};

export const LLM_LABEL: Record<LlmStatusView['state'], string> = {
  up: 'Brain up',
  model_missing: 'Model missing',
  overloaded: 'Brain overloaded',
  down: 'Brain offline',
};

/** What the founder can do when the brain is not answering (null when it is). */
export function llmAdvice(status: LlmStatusView | undefined): string | null {
  if (!status) return null;
  if (status.paused) return 'Generation is paused (emergency stop). Replies are stored as offline until the founder resumes it.';
  switch (status.state) {
    case 'up':
      return null;
    case 'down':
      return 'Daena\'s brain (Ollama) is offline. You can keep chatting: every message is stored and answered with an offline note you can regenerate once Ollama runs again (start it with "ollama serve" on the server).';
    case 'model_missing':
      return `Ollama is running but the model "${status.active_model}" is not installed. Pull it on the server ("ollama pull ${status.active_model}") or choose another model; until then replies are offline notes you can regenerate.`;
    case 'overloaded':
      return 'Ollama is overloaded and refusing work. Replies may be offline notes for a while; regenerate them when it recovers.';
  }
}

export function Layout({ children }: { children: ReactNode }) {
  const { role, logout } = useSession();
  const { state } = useLive();
  const llm = useLlmStatus();
  const founderState = useFounderState(role === 'founder');
  const [menuOpen, setMenuOpen] = useState(false);
  const maintenance = founderState.data?.maintenance.enabled ?? false;
  const emergency = founderState.data?.emergency_stop ?? false;
  // The emergency banner already says generation is paused.
  const advice = emergency && llm.data?.paused ? null : llmAdvice(llm.data);
  const llmState = llm.data?.paused ? 'down' : llm.data?.state;

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <span className="brand">Daena</span>
        <button className="menu-toggle" aria-expanded={menuOpen} aria-controls="main-nav" onClick={() => setMenuOpen(!menuOpen)}>
          Menu
        </button>
        <nav id="main-nav" aria-label="Main" className={menuOpen ? 'open' : ''}>
          <ul>
            {NAV.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} onClick={() => setMenuOpen(false)}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="status-area">
          <span className={`chip conn-${state}`} role="status" aria-live="polite" data-testid="connection" title="Live connection to the server">
            <span className="dot" aria-hidden="true" />
            {CONNECTION_LABEL[state]}
          </span>
          <span className={`chip llm-${llmState ?? 'unknown'}`} data-testid="llm-status" title={llm.data ? `Model ${llm.data.active_model}` : undefined}>
            <span className="dot" aria-hidden="true" />
            {llm.data ? (llm.data.paused ? 'Brain paused' : LLM_LABEL[llm.data.state]) : 'Brain …'}
          </span>
          <span className="chip role" data-testid="role">
            {role}
          </span>
          <button className="link-button" onClick={() => void logout()}>
            Sign out
          </button>
        </div>
      </header>
      {maintenance && (
        <div className="banner danger" role="alert" data-testid="maintenance-banner">
          <strong>Maintenance mode is on.</strong> Every change outside the founder panel is refused (503, retry after{' '}
          {founderState.data?.maintenance.retry_after_s} s); reading still works. <Link to="/founder-panel">Founder panel</Link>
        </div>
      )}
      {emergency && (
        <div className="banner danger" role="alert" data-testid="emergency-banner">
          <strong>Emergency stop is engaged.</strong> Every LLM generation is paused; replies are stored as offline notes until you release it.{' '}
          <Link to="/founder-panel">Founder panel</Link>
        </div>
      )}
      {advice && (
        <div className="banner warn" role="alert" data-testid="llm-banner">
          {advice}
        </div>
      )}
      {state === 'reconnecting' && (
        <div className="banner info" role="status" data-testid="offline-banner">
          Connection to the server lost: reconnecting. Messages you send now are kept in this browser and sent once it is back.
        </div>
      )}
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
