/** The app's pages by path, lazily loaded, each behind the role that opens it. */
import { lazy, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Empty } from '../components/States.tsx';
import { match, navigate } from '../lib/router.tsx';
import { useSession } from '../lib/session.tsx';
import type { Module, Permission } from '../../core/vocab.ts';

const SearchPage = lazy(() => import('../features/search/SearchPage.tsx'));
const SubjectsPage = lazy(() => import('../features/search/SubjectsPage.tsx'));
const ReportsPage = lazy(() => import('../features/search/ReportsPage.tsx'));
const SubjectPage = lazy(() => import('../features/subjects/SubjectPage.tsx'));
const SubjectFormPage = lazy(() => import('../features/subjects/SubjectFormPage.tsx'));
const ReportPage = lazy(() => import('../features/reports/ReportPage.tsx'));
const ReportFormPage = lazy(() => import('../features/reports/ReportFormPage.tsx'));
const LinkFormPage = lazy(() => import('../features/reports/LinkFormPage.tsx'));
const ThreatPage = lazy(() => import('../features/threat/ThreatPage.tsx'));
const ReviewPage = lazy(() => import('../features/review/ReviewPage.tsx'));
const NotificationsPage = lazy(() => import('../features/notifications/NotificationsPage.tsx'));
const AdminPage = lazy(() => import('../features/admin/AdminPage.tsx'));
const TokensPage = lazy(() => import('../features/admin/TokensPage.tsx'));
const OversightPage = lazy(() => import('../features/oversight/OversightPage.tsx'));
const ScreeningPage = lazy(() => import('../features/screening/ScreeningPage.tsx'));
const BatchPage = lazy(() => import('../features/screening/BatchPage.tsx'));
const HitPage = lazy(() => import('../features/screening/HitPage.tsx'));
const WatchlistsPage = lazy(() => import('../features/screening/WatchlistsPage.tsx'));
const WatchlistSourcePage = lazy(() => import('../features/screening/SourcePage.tsx'));
const WatchlistVersionPage = lazy(() => import('../features/screening/VersionPage.tsx'));
const SuppressionsPage = lazy(() => import('../features/screening/SuppressionsPage.tsx'));

type Need = { module: Module; permission?: Permission } | 'oversight' | null;

interface RouteDef {
  pattern: string;
  need: Need;
  render: (p: Record<string, string>) => ReactNode;
}

const INTEL: Need = { module: 'intel' };

const ROUTES: RouteDef[] = [
  { pattern: '/search', need: INTEL, render: () => <SearchPage /> },
  { pattern: '/subjects', need: INTEL, render: () => <SubjectsPage /> },
  { pattern: '/subjects/new', need: { module: 'intel', permission: 'write' }, render: () => <SubjectFormPage /> },
  { pattern: '/subjects/:id', need: INTEL, render: (p) => <SubjectPage id={p.id!} /> },
  { pattern: '/subjects/:id/edit', need: { module: 'intel', permission: 'write' }, render: (p) => <SubjectFormPage id={p.id!} /> },
  { pattern: '/reports', need: INTEL, render: () => <ReportsPage /> },
  { pattern: '/reports/new', need: { module: 'intel', permission: 'write' }, render: () => <ReportFormPage /> },
  { pattern: '/reports/:id', need: INTEL, render: (p) => <ReportPage id={p.id!} /> },
  { pattern: '/links/new', need: { module: 'intel', permission: 'write' }, render: () => <LinkFormPage /> },
  { pattern: '/review', need: INTEL, render: () => <ReviewPage /> },
  { pattern: '/threat', need: { module: 'threat' }, render: () => <ThreatPage /> },
  { pattern: '/screening', need: { module: 'screening' }, render: () => <ScreeningPage /> },
  { pattern: '/screening/batches/:id', need: { module: 'screening' }, render: (p) => <BatchPage id={p.id!} /> },
  { pattern: '/screening/hits/:id', need: { module: 'screening' }, render: (p) => <HitPage id={p.id!} /> },
  { pattern: '/watchlists', need: { module: 'screening' }, render: () => <WatchlistsPage /> },
  { pattern: '/watchlists/versions/:id', need: { module: 'screening' }, render: (p) => <WatchlistVersionPage id={p.id!} /> },
  { pattern: '/watchlists/:source', need: { module: 'screening' }, render: (p) => <WatchlistSourcePage source={p.source!} /> },
  { pattern: '/suppressions', need: { module: 'screening' }, render: () => <SuppressionsPage /> },
  { pattern: '/notifications', need: null, render: () => <NotificationsPage /> },
  { pattern: '/tokens', need: null, render: () => <TokensPage /> },
  { pattern: '/admin', need: { module: 'admin', permission: 'admin' }, render: () => <AdminPage /> },
  { pattern: '/oversight', need: 'oversight', render: () => <OversightPage /> },
];

export interface NavItem {
  to: string;
  label: string;
  need: Need;
}

export const NAV: NavItem[] = [
  { to: '/search', label: 'nav.search', need: INTEL },
  { to: '/subjects', label: 'nav.subjects', need: INTEL },
  { to: '/reports', label: 'nav.reports', need: INTEL },
  { to: '/review', label: 'nav.review', need: INTEL },
  { to: '/threat', label: 'nav.threat', need: { module: 'threat' } },
  { to: '/screening', label: 'screening.nav.screening', need: { module: 'screening' } },
  { to: '/watchlists', label: 'screening.nav.lists', need: { module: 'screening' } },
  { to: '/suppressions', label: 'screening.nav.suppressions', need: { module: 'screening' } },
  { to: '/admin', label: 'nav.admin', need: { module: 'admin', permission: 'admin' } },
  { to: '/oversight', label: 'nav.oversight', need: 'oversight' },
  { to: '/notifications', label: 'nav.notifications', need: null },
];

export function useAllowed(): (need: Need) => boolean {
  const s = useSession();
  return (need) => {
    if (need === null) return true;
    if (need === 'oversight') return s.can('audit', 'read') || s.can('admin', 'admin');
    return s.can(need.module, need.permission ?? 'read');
  };
}

function Home() {
  const allowed = useAllowed();
  const first = NAV.find((n) => allowed(n.need));
  queueMicrotask(() => navigate(first?.to ?? '/notifications', { replace: true }));
  return null;
}

function NotAllowed() {
  const { t } = useTranslation();
  return <Empty title={t('errors.notAllowedTitle')}>{t('errors.notAllowed')}</Empty>;
}

function NotFoundPage() {
  const { t } = useTranslation();
  return <Empty title={t('errors.noPageTitle')}>{t('errors.noPage')}</Empty>;
}

export function resolveRoute(path: string): ReactNode {
  return <Resolve path={path} />;
}

function Resolve({ path }: { path: string }) {
  const allowed = useAllowed();
  if (path === '/' || path === '') return <Home />;
  for (const r of ROUTES) {
    const p = match(r.pattern, path);
    if (!p) continue;
    if (!allowed(r.need)) return <NotAllowed />;
    return <>{r.render(p)}</>;
  }
  return <NotFoundPage />;
}
