import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate, Outlet, RouterProvider, useLocation } from 'react-router';
import { LiveProvider } from '../live/LiveProvider';
import { Layout } from './Layout';
import { SessionProvider, useBrowserSession } from './session';
import { LoginPage } from '../pages/login';
import { DashboardPage } from '../pages/dashboard';

// The first page a founder lands on is in the main bundle; the others load when opened.
const DaenaOfficePage = lazy(() => import('../pages/daena-office'));
const DepartmentsPage = lazy(() => import('../pages/departments'));
const DepartmentPage = lazy(() => import('../pages/departments/DepartmentPage'));
const AgentsPage = lazy(() => import('../pages/agents'));
const AgentPage = lazy(() => import('../pages/agents/AgentPage'));
const BrainSettingsPage = lazy(() => import('../pages/brain-settings'));
const TaskTimelinePage = lazy(() => import('../pages/task-timeline'));
const VoicePanelPage = lazy(() => import('../pages/voice-panel'));
const ConnectionsPage = lazy(() => import('../pages/connections'));
const CouncilsPage = lazy(() => import('../pages/councils'));
const CouncilPage = lazy(() => import('../pages/councils/CouncilPage'));
const FounderPanelPage = lazy(() => import('../pages/founder-panel'));
const AuditPage = lazy(() => import('../pages/audit'));

/** Signed-in pages: the session, one live connection, the layout. Signed out: to the login page. */
function SignedIn() {
  const { data: session, isPending, error } = useBrowserSession();
  const location = useLocation();
  if (isPending) return <p className="page-loading" role="status">Loading…</p>;
  if (error) return <p className="page-error" role="alert">The server cannot be reached ({String(error.message)}). Retrying…</p>;
  if (!session) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return (
    <SessionProvider session={session}>
      <LiveProvider role={session.role}>
        <Layout>
          <Suspense fallback={<p className="page-loading" role="status">Loading…</p>}>
            <Outlet />
          </Suspense>
        </Layout>
      </LiveProvider>
    </SessionProvider>
  );
}

/**
 * The routes, named after the original's pages. To add one: a folder under pages/, a line here,
 * and a link in Layout's NAV (docs/web.md).
 */
export const router = createBrowserRouter(
  [
    { path: '/login', element: <LoginPage /> },
    {
      element: <SignedIn />,
      children: [
        { index: true, element: <Navigate to="/dashboard" replace /> },
        { path: '/dashboard', element: <DashboardPage /> },
        { path: '/daena-office', element: <DaenaOfficePage /> },
        { path: '/daena-office/:session_id', element: <DaenaOfficePage /> },
        { path: '/departments', element: <DepartmentsPage /> },
        { path: '/departments/:slug', element: <DepartmentPage /> },
        { path: '/agents', element: <AgentsPage /> },
        { path: '/agents/:cell_id', element: <AgentPage /> },
        { path: '/brain-settings', element: <BrainSettingsPage /> },
        { path: '/task-timeline', element: <TaskTimelinePage /> },
        { path: '/voice-panel', element: <VoicePanelPage /> },
        { path: '/connections', element: <ConnectionsPage /> },
        { path: '/councils', element: <CouncilsPage /> },
        { path: '/councils/:slug', element: <CouncilPage /> },
        { path: '/founder-panel', element: <FounderPanelPage /> },
        { path: '/audit', element: <AuditPage /> },
        { path: '*', element: <NotFound /> },
      ],
    },
  ],
  { basename: '/ui' },
);

function NotFound() {
  return (
    <section aria-labelledby="nf">
      <h1 id="nf">Page not found</h1>
      <p>There is no page at this address.</p>
    </section>
  );
}

export function App() {
  return <RouterProvider router={router} />;
}
