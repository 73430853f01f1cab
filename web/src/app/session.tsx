import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { api, ApiError, onSessionLost, read, setCsrfToken } from '../api/client';
import type { BrowserSession, Role } from '../api/types';

/** Who is signed in on this tab (the HttpOnly cookie itself is out of the page's reach). */
export interface SessionInfo {
  role: Role;
  /** Viewer tokens may read only: write controls show this reason. */
  readOnlyReason: string | null;
  logout(): Promise<void>;
}

const SessionContext = createContext<SessionInfo | null>(null);

export const useSession = (): SessionInfo => {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
};

export const VIEWER_REASON = 'Read-only: you are signed in with a viewer token.';

export function useBrowserSession() {
  return useQuery({
    queryKey: ['browser-session'],
    queryFn: async () => {
      try {
        const session = await read<BrowserSession>(api.GET('/api/v1/auth/session'));
        setCsrfToken(session.csrf_token);
        return session;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: Infinity,
    retry: 2,
  });
}

export async function login(token: string): Promise<BrowserSession> {
  const session = await read<BrowserSession>(api.POST('/api/v1/auth/session', { body: { token } }));
  setCsrfToken(session.csrf_token);
  return session;
}

export function SessionProvider({ session, children }: { session: BrowserSession; children: ReactNode }) {
  const queryClient = useQueryClient();
  useEffect(() => {
    // A 401 from any read (token revoked or rotated): back to the login page.
    onSessionLost(() => queryClient.setQueryData(['browser-session'], null));
  }, [queryClient]);
  const value: SessionInfo = {
    role: session.role,
    readOnlyReason: session.role === 'viewer' ? VIEWER_REASON : null,
    async logout() {
      await api.DELETE('/api/v1/auth/session');
      setCsrfToken(null);
      // Signed out first (the pages unmount), then forget everything the session read.
      queryClient.setQueryData(['browser-session'], null);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'browser-session' });
    },
  };
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
