import { lazy, Suspense, type ReactNode } from 'react';
import { createRootRoute, createRoute, createRouter, lazyRouteComponent, Outlet, useSearch } from '@tanstack/react-router';
import { currentSession, loginUrl } from './api/session';
import { Layout } from './components/layout';
import { AbbDashboardPage, LEVELS, type FigureLevel } from './pages/abb-dashboard-page';
import { AccessibilityPage } from './pages/accessibility-page';
import { GovernmentStatusPage } from './pages/government-status-page';
import { LandingPage } from './pages/landing-page';
import { NoAccessPage } from './pages/no-access-page';
import { TEMPLATE_KINDS, type TemplateKind } from './pages/abb/template-kinds';

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

/*
 * The government officer's, the mentor's and the public pages: each its own chunk, loaded when first visited, so the
 * initial bundle stays small.
 */
const ReportPage = lazyRouteComponent(() => import('./pages/government/report-page'), 'ReportPage');
const InboxPage = lazyRouteComponent(() => import('./pages/government/inbox-page'), 'InboxPage');
const GovernmentNetworksPage = lazyRouteComponent(() => import('./pages/government/networks-page'), 'GovernmentNetworksPage');
const CofinancingPage = lazyRouteComponent(() => import('./pages/government/cofinancing-page'), 'CofinancingPage');
const AmendmentsPage = lazyRouteComponent(() => import('./pages/government/amendments-page'), 'AmendmentsPage');
const MentorPage = lazyRouteComponent(() => import('./pages/mentor/mentor-page'), 'MentorPage');
const PublicResultsPage = lazyRouteComponent(() => import('./pages/public/public-results-page'), 'PublicResultsPage');

type GovernmentSearch = { code?: string; jaar: number };
const governmentSearch = (search: Record<string, unknown>): GovernmentSearch => ({
  ...(typeof search.code === 'string' || typeof search.code === 'number' ? { code: String(search.code) } : {}),
  jaar: projectYearOf(search.jaar),
});
/** The government the officer acts for: the one asked for when the token lists it, else its own. */
const actingGovernment = (code: string | undefined): string | null => {
  const user = currentSession().user;
  if (user?.role !== 'government') return null;
  return code !== undefined && user.governmentCodes.includes(code) ? code : user.governmentCodes[0]!;
};

const reportRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/bestuur/rapporteren',
  beforeLoad: requireSignIn,
  validateSearch: (search: Record<string, unknown>): GovernmentSearch & { periode?: string } => ({
    ...governmentSearch(search),
    ...(typeof search.periode === 'string' ? { periode: search.periode } : {}),
  }),
  component: function Report() {
    const { code, jaar, periode } = reportRoute.useSearch();
    const governmentCode = actingGovernment(code);
    if (governmentCode === null) return <NoAccessPage />;
    return <ReportPage governmentCode={governmentCode} projectYear={jaar} {...(periode === undefined ? {} : { periodCode: periode })} />;
  },
});

/** A government page that needs only the government (and the project year). */
const governmentPageRoute = (path: string, render: (governmentCode: string, projectYear: number) => ReactNode) =>
  createRoute({
    getParentRoute: () => rootRoute,
    path,
    beforeLoad: requireSignIn,
    validateSearch: governmentSearch,
    component: function GovernmentPage() {
      const { code, jaar } = useSearch({ strict: false }) as GovernmentSearch;
      const governmentCode = actingGovernment(code);
      if (governmentCode === null) return <NoAccessPage />;
      return render(governmentCode, jaar);
    },
  });

const inboxRoute = governmentPageRoute('/bestuur/berichten', (governmentCode) => <InboxPage governmentCode={governmentCode} />);
const governmentNetworksRoute = governmentPageRoute('/bestuur/netwerken', (governmentCode) => (
  <GovernmentNetworksPage governmentCode={governmentCode} />
));
const cofinancingRoute = governmentPageRoute('/bestuur/cofinanciering', (governmentCode, projectYear) => (
  <CofinancingPage governmentCode={governmentCode} projectYear={projectYear} />
));
const amendmentsRoute = governmentPageRoute('/bestuur/wijzigingen', (governmentCode) => <AmendmentsPage governmentCode={governmentCode} />);

const mentorRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/mentor',
  beforeLoad: requireSignIn,
  validateSearch: (search: Record<string, unknown>): { netwerk?: string } =>
    typeof search.netwerk === 'string' ? { netwerk: search.netwerk } : {},
  component: function Mentor() {
    const { netwerk } = mentorRoute.useSearch();
    const user = currentSession().user;
    if (user?.role !== 'mentor') return <NoAccessPage />;
    const networkId = netwerk !== undefined && user.networkIds.includes(netwerk) ? netwerk : user.networkIds[0]!;
    return <MentorPage networkId={networkId} networkIds={user.networkIds} />;
  },
});

const publicResultsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/resultaten',
  validateSearch: (search: Record<string, unknown>): { jaar: number; bestuur?: string } => ({
    jaar: projectYearOf(search.jaar),
    ...(typeof search.bestuur === 'string' || typeof search.bestuur === 'number' ? { bestuur: String(search.bestuur) } : {}),
  }),
  component: function PublicResults() {
    const { jaar, bestuur } = publicResultsRoute.useSearch();
    return <PublicResultsPage projectYear={jaar} {...(bestuur === undefined ? {} : { governmentCode: bestuur })} />;
  },
});

const governmentMentorPublicRoutes = [
  reportRoute,
  inboxRoute,
  governmentNetworksRoute,
  cofinancingRoute,
  amendmentsRoute,
  mentorRoute,
  publicResultsRoute,
] as const;

const accessibilityRoute = createRoute({ getParentRoute: () => rootRoute, path: '/toegankelijkheid', component: AccessibilityPage });

// ABB's back office pages, each loaded when first visited (the initial bundle stays small); ABB only.
const abbPage = (page: ReactNode): ReactNode =>
  currentSession().user?.role !== 'abb' ? <NoAccessPage /> : <Suspense fallback={<p>Pagina laden…</p>}>{page}</Suspense>;
const AbbCallsPage = lazy(() => import('./pages/abb/abb-calls-page').then((module) => ({ default: module.AbbCallsPage })));
const AbbCallPage = lazy(() => import('./pages/abb/abb-call-page').then((module) => ({ default: module.AbbCallPage })));
const AbbMoneyPage = lazy(() => import('./pages/abb/abb-money-page').then((module) => ({ default: module.AbbMoneyPage })));
const AbbPaymentsPage = lazy(() => import('./pages/abb/abb-money-page').then((module) => ({ default: module.AbbPaymentsPage })));
const AbbReportsPage = lazy(() => import('./pages/abb/abb-reports-page').then((module) => ({ default: module.AbbReportsPage })));
const AbbDeadlinesPage = lazy(() => import('./pages/abb/abb-reports-page').then((module) => ({ default: module.AbbDeadlinesPage })));
const AbbTemplatesPage = lazy(() => import('./pages/abb/abb-templates-page').then((module) => ({ default: module.AbbTemplatesPage })));
const AbbRegisterPage = lazy(() => import('./pages/abb/abb-register-page').then((module) => ({ default: module.AbbRegisterPage })));
const AbbDeliveriesPage = lazy(() => import('./pages/abb/abb-deliveries-page').then((module) => ({ default: module.AbbDeliveriesPage })));
const AbbClockPage = lazy(() => import('./pages/abb/abb-clock-page').then((module) => ({ default: module.AbbClockPage })));
const yearSearch = (search: Record<string, unknown>): { jaar: number } => ({ jaar: projectYearOf(search.jaar) });
const abbCallsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/abb/oproepen',
  beforeLoad: requireSignIn,
  component: () => abbPage(<AbbCallsPage />),
});
const abbCallRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/abb/oproepen/$callId',
  beforeLoad: requireSignIn,
  component: function AbbCall() {
    const { callId } = abbCallRoute.useParams();
    return abbPage(<AbbCallPage callId={callId} />);
  },
});
const abbMoneyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/abb/geld',
  beforeLoad: requireSignIn,
  validateSearch: (search: Record<string, unknown>): { jaar: number; bestuur?: string } => ({
    ...yearSearch(search),
    ...(typeof search.bestuur === 'string' || typeof search.bestuur === 'number' ? { bestuur: String(search.bestuur) } : {}),
  }),
  component: function AbbMoney() {
    const { jaar, bestuur } = abbMoneyRoute.useSearch();
    return abbPage(<AbbMoneyPage projectYear={jaar} {...(bestuur === undefined ? {} : { governmentCode: bestuur })} />);
  },
});
const abbPaymentsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/abb/betalingen',
  beforeLoad: requireSignIn,
  validateSearch: yearSearch,
  component: function AbbPayments() {
    return abbPage(<AbbPaymentsPage projectYear={abbPaymentsRoute.useSearch().jaar} />);
  },
});
const abbReportsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/abb/rapporten',
  beforeLoad: requireSignIn,
  component: () => abbPage(<AbbReportsPage />),
});
const abbDeadlinesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/abb/termijnen',
  beforeLoad: requireSignIn,
  component: () => abbPage(<AbbDeadlinesPage />),
});
const abbTemplatesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/abb/sjablonen',
  beforeLoad: requireSignIn,
  validateSearch: (search: Record<string, unknown>): { soort: TemplateKind } => ({
    soort: TEMPLATE_KINDS.find((kind) => kind === search.soort) ?? 'reminder',
  }),
  component: function AbbTemplates() {
    return abbPage(<AbbTemplatesPage kind={abbTemplatesRoute.useSearch().soort} />);
  },
});
const abbRegisterRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/abb/register',
  beforeLoad: requireSignIn,
  component: () => abbPage(<AbbRegisterPage />),
});
const abbDeliveriesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/abb/berichten',
  beforeLoad: requireSignIn,
  component: () => abbPage(<AbbDeliveriesPage />),
});
const abbClockRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/abb/datum',
  beforeLoad: requireSignIn,
  component: () => abbPage(<AbbClockPage />),
});
const abbRoutes = [
  abbCallsRoute,
  abbCallRoute,
  abbMoneyRoute,
  abbPaymentsRoute,
  abbReportsRoute,
  abbDeadlinesRoute,
  abbTemplatesRoute,
  abbRegisterRoute,
  abbDeliveriesRoute,
  abbClockRoute,
];

export const router = createRouter({
  routeTree: rootRoute.addChildren([
    landingRoute,
    abbRoute,
    governmentRoute,
    ...governmentMentorPublicRoutes,
    accessibilityRoute,
    ...abbRoutes,
  ]),
  defaultPreload: 'intent',
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
