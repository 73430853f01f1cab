import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { api, read } from '../../api/client';
import type { components } from '../../api/schema';

type SearchResponse = components['schemas']['SearchResponseDto'];

/** Search every conversation; a result opens its session at the message. */
export function SearchBox() {
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const [results, setResults] = useState<SearchResponse['results'] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!q.trim()) return;
    setError(null);
    try {
      setResults((await read<SearchResponse>(api.GET('/api/v1/search', { params: { query: { q: q.trim(), limit: 20 } } }))).results);
    } catch (e) {
      setError((e as Error).message);
      setResults(null);
    }
  };
  return (
    <div className="search">
      <form role="search" onSubmit={(e) => void submit(e)}>
        <label htmlFor="office-search" className="sr-only">
          Search conversations
        </label>
        <input id="office-search" type="search" placeholder="Search conversations" value={q} onChange={(e) => setQ(e.target.value)} maxLength={500} />
        <button type="submit">Search</button>
      </form>
      {error && <p role="alert" className="error">{error}</p>}
      {results && (
        <ul className="search-results" data-testid="search-results" aria-label="Search results">
          {results.length === 0 && <li className="muted">No match.</li>}
          {results.map((r) => (
            <li key={`${r.session_id}:${r.message_id ?? 'title'}`}>
              <button
                className="session"
                onClick={() => navigate(`/daena-office/${r.session_id}${r.message_id ? `?message=${r.message_id}` : ''}`)}
              >
                <span className="title">{r.session_title || 'Untitled conversation'}</span>
                <span className="meta">
                  {r.kind === 'session' ? 'title' : (r.author ?? r.role)} · {new Date(r.created_at).toLocaleString()} · {r.scope_type}
                </span>
                <span className="preview">{r.snippet}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
