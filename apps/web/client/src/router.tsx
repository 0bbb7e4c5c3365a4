import { createRootRoute, createRoute, createRouter, Outlet } from '@tanstack/react-router';
import { currentSession, loginUrl } from './api/session';
import { Layout } from './components/layout';
import { AbbDashboardPage, LEVELS, type FigureLevel } from './pages/abb-dashboard-page';
import { AccessibilityPage } from './pages/accessibility-page';
import { GovernmentStatusPage } from './pages/government-status-page';
import { LandingPage } from './pages/landing-page';
import { NoAccessPage } from './pages/no-access-page';

const projectYearOf = (value: unknown): number => (value === 2 || value === '2' ? 2 : value === 3 || value === '3' ? 3 : 1);

/** A page for signed-in users: the others go to the sign-in first, and come back here. */
const requireSignIn = ({ location }: { location: { href: string } }): void => {
  if (!currentSession().signedIn) {
    window.location.assign(loginUrl(location.href));
    // Nothing renders while the browser leaves for the issuer.
    throw new Promise(() => undefined);
  }
};

const rootRoute = createRootRoute({
  component: () => (
    <Layout>
      <Outlet />
    </Layout>
  ),
  notFoundComponent: () => (
    <>
      <h1>Pagina niet gevonden</h1>
      <p>Deze pagina bestaat niet.</p>
    </>
  ),
});

const landingRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: (search: Record<string, unknown>): { aanmelden?: string } =>
    typeof search.aanmelden === 'string' ? { aanmelden: search.aanmelden } : {},
  component: function Landing() {
    const { aanmelden } = landingRoute.useSearch();
    return <LandingPage signInFailed={aanmelden === 'mislukt'} />;
  },
});

const abbRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/abb',
  beforeLoad: requireSignIn,
  validateSearch: (search: Record<string, unknown>): { jaar: number; niveau: FigureLevel } => ({
    jaar: projectYearOf(search.jaar),
    niveau: LEVELS.find((level) => level.level === search.niveau)?.level ?? 'objective',
  }),
  component: function Abb() {
    const { jaar, niveau } = abbRoute.useSearch();
    if (currentSession().user?.role !== 'abb') return <NoAccessPage />;
    return <AbbDashboardPage projectYear={jaar} level={niveau} />;
  },
});

const governmentRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/bestuur',
  beforeLoad: requireSignIn,
  validateSearch: (search: Record<string, unknown>): { code?: string; jaar: number } => ({
    ...(typeof search.code === 'string' || typeof search.code === 'number' ? { code: String(search.code) } : {}),
    jaar: projectYearOf(search.jaar),
  }),
  component: function Government() {
    const { code, jaar } = governmentRoute.useSearch();
    const user = currentSession().user;
    if (user?.role !== 'government') return <NoAccessPage />;
    const governmentCode = code !== undefined && user.governmentCodes.includes(code) ? code : user.governmentCodes[0]!;
    return <GovernmentStatusPage governmentCode={governmentCode} governmentCodes={user.governmentCodes} projectYear={jaar} />;
  },
});

const accessibilityRoute = createRoute({ getParentRoute: () => rootRoute, path: '/toegankelijkheid', component: AccessibilityPage });

export const router = createRouter({
  routeTree: rootRoute.addChildren([landingRoute, abbRoute, governmentRoute, accessibilityRoute]),
  defaultPreload: 'intent',
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
