/** The app's pages by path, lazily loaded, each behind the role that opens it. */
import { lazy, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Empty } from '../components/States.tsx';
import { match, navigate } from '../lib/router.tsx';
import { useSession } from '../lib/session.tsx';
import type { Module, Permission } from '../../core/vocab.ts';
import { takesTraining } from '../../core/prevention/training.ts';

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
const ContentCasesPage = lazy(() => import('../features/content/CasesPage.tsx'));
const ContentCaseFormPage = lazy(() => import('../features/content/CaseFormPage.tsx'));
const ContentCasePage = lazy(() => import('../features/content/ContentCasePage.tsx'));
const ContentBanksPage = lazy(() => import('../features/content/BanksPage.tsx'));
const ContentBankPage = lazy(() => import('../features/content/BankPage.tsx'));
const ContentMatchPage = lazy(() => import('../features/content/MatchPage.tsx'));
const ContentProvidersPage = lazy(() => import('../features/content/ProvidersPage.tsx'));
const ContentScrutinyPage = lazy(() => import('../features/content/ScrutinyPage.tsx'));
const ContentTransparencyPage = lazy(() => import('../features/content/TransparencyPage.tsx'));
const PortalPage = lazy(() => import('../features/content/PortalPage.tsx'));
const SharingPage = lazy(() => import('../features/sharing/SharingPage.tsx'));
const SharingObjectPage = lazy(() => import('../features/sharing/ObjectPage.tsx'));
const PartnersPage = lazy(() => import('../features/sharing/PartnersPage.tsx'));
const PartnerPage = lazy(() => import('../features/sharing/PartnerPage.tsx'));
const PreventionCellsPage = lazy(() => import('../features/prevention/CellsPage.tsx'));
const PreventionCasePage = lazy(() => import('../features/prevention/PreventionCasePage.tsx'));
const PreventionMeetingPage = lazy(() => import('../features/prevention/MeetingPage.tsx'));
const PreventionProgrammesPage = lazy(() => import('../features/prevention/ProgrammesPage.tsx'));
const PreventionExchangesPage = lazy(() => import('../features/prevention/ExchangesPage.tsx'));
const TrainingPage = lazy(() => import('../features/prevention/TrainingPage.tsx'));
const TrainerPage = lazy(() => import('../features/prevention/TrainerPage.tsx'));
const AlertsPage = lazy(() => import('../features/alerts/AlertsPage.tsx'));
const AlertPage = lazy(() => import('../features/alerts/AlertPage.tsx'));
const CrisisIncidentsPage = lazy(() => import('../features/crisis/IncidentsPage.tsx'));
const CrisisIncidentPage = lazy(() => import('../features/crisis/IncidentPage.tsx'));
const AfterActionReviewPage = lazy(() => import('../features/crisis/AfterActionReviewPage.tsx'));
const CrisisTimelinePage = lazy(() => import('../features/crisis/TimelinePage.tsx'));
const CrisisMapPage = lazy(() => import('../features/crisis/MapPage.tsx'));
const LegalPage = lazy(() => import('../features/legal/LegalPage.tsx'));
const LegalRequestForm = lazy(() => import('../features/legal/RequestForm.tsx'));
const LegalAuthorisationPage = lazy(() => import('../features/legal/AuthorisationPage.tsx'));
const LegalStatisticsPage = lazy(() => import('../features/legal/StatisticsPage.tsx'));
const LegalCooperationForm = lazy(() => import('../features/legal/CooperationForm.tsx'));
const LegalCooperationPage = lazy(() => import('../features/legal/CooperationPage.tsx'));
const LegalRegistryEntryPage = lazy(() => import('../features/legal/RegistryEntryPage.tsx'));
const EvaluationRegistryPage = lazy(() => import('../features/evaluation/RegistryPage.tsx'));
const EvaluationValuesPage = lazy(() => import('../features/evaluation/ValuesPage.tsx'));
const EvaluationRunPage = lazy(() => import('../features/evaluation/EvaluatePage.tsx'));
const EvaluationMapPage = lazy(() => import('../features/evaluation/MapPage.tsx'));

type Need = { module: Module; permission?: Permission } | 'oversight' | 'sharing-admin' | 'trainee' | null;

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
  { pattern: '/content', need: { module: 'content' }, render: () => <ContentCasesPage /> },
  { pattern: '/content/cases', need: { module: 'content' }, render: () => <ContentCasesPage /> },
  { pattern: '/content/cases/new', need: { module: 'content', permission: 'write' }, render: () => <ContentCaseFormPage /> },
  { pattern: '/content/cases/:id', need: { module: 'content' }, render: (p) => <ContentCasePage id={p.id!} /> },
  { pattern: '/content/banks', need: { module: 'content' }, render: () => <ContentBanksPage /> },
  { pattern: '/content/banks/:id', need: { module: 'content' }, render: (p) => <ContentBankPage id={p.id!} /> },
  { pattern: '/content/match', need: { module: 'content' }, render: () => <ContentMatchPage /> },
  { pattern: '/content/providers', need: { module: 'content' }, render: () => <ContentProvidersPage /> },
  { pattern: '/content/scrutiny', need: { module: 'content' }, render: () => <ContentScrutinyPage /> },
  { pattern: '/content/transparency', need: { module: 'content' }, render: () => <ContentTransparencyPage /> },
  { pattern: '/sharing', need: { module: 'sharing' }, render: () => <SharingPage /> },
  { pattern: '/sharing/objects/:id', need: { module: 'sharing' }, render: (p) => <SharingObjectPage id={p.id!} /> },
  { pattern: '/partners', need: 'sharing-admin', render: () => <PartnersPage /> },
  { pattern: '/partners/:id', need: 'sharing-admin', render: (p) => <PartnerPage id={p.id!} /> },
  { pattern: '/alerts', need: { module: 'crisis' }, render: () => <AlertsPage /> },
  { pattern: '/alerts/:id', need: { module: 'crisis' }, render: (p) => <AlertPage id={p.id!} /> },
  { pattern: '/crisis', need: { module: 'crisis' }, render: () => <CrisisIncidentsPage /> },
  { pattern: '/crisis/:id', need: { module: 'crisis' }, render: (p) => <CrisisIncidentPage id={p.id!} /> },
  { pattern: '/crisis/:id/review', need: { module: 'crisis' }, render: (p) => <AfterActionReviewPage id={p.id!} /> },
  { pattern: '/crisis/:id/timeline', need: { module: 'crisis' }, render: (p) => <CrisisTimelinePage id={p.id!} /> },
  { pattern: '/crisis/:id/map', need: { module: 'crisis' }, render: (p) => <CrisisMapPage id={p.id!} /> },
  { pattern: '/legal', need: { module: 'legal' }, render: () => <LegalPage /> },
  { pattern: '/legal/new', need: { module: 'legal', permission: 'write' }, render: () => <LegalRequestForm /> },
  { pattern: '/legal/authorisations/:id', need: { module: 'legal' }, render: (p) => <LegalAuthorisationPage id={p.id!} /> },
  { pattern: '/legal/statistics', need: { module: 'legal', permission: 'oversee' }, render: () => <LegalStatisticsPage /> },
  { pattern: '/legal/cooperation/new', need: { module: 'legal', permission: 'write' }, render: () => <LegalCooperationForm /> },
  { pattern: '/legal/cooperation/:id', need: { module: 'legal' }, render: (p) => <LegalCooperationPage id={p.id!} /> },
  { pattern: '/legal/registry/:id', need: { module: 'legal' }, render: (p) => <LegalRegistryEntryPage id={p.id!} /> },
  { pattern: '/prevention', need: { module: 'prevention' }, render: () => <PreventionCellsPage /> },
  { pattern: '/prevention/cases/:id', need: { module: 'prevention' }, render: (p) => <PreventionCasePage id={p.id!} /> },
  { pattern: '/prevention/meetings/:id', need: { module: 'prevention' }, render: (p) => <PreventionMeetingPage id={p.id!} /> },
  { pattern: '/prevention/programmes', need: { module: 'prevention' }, render: () => <PreventionProgrammesPage /> },
  { pattern: '/prevention/programmes/:id', need: { module: 'prevention' }, render: (p) => <PreventionProgrammesPage id={p.id!} /> },
  { pattern: '/prevention/exchanges', need: { module: 'prevention' }, render: () => <PreventionExchangesPage /> },
  { pattern: '/prevention/exchanges/:id', need: { module: 'prevention' }, render: (p) => <PreventionExchangesPage id={p.id!} /> },
  { pattern: '/evaluation', need: { module: 'prevention' }, render: () => <EvaluationRegistryPage /> },
  { pattern: '/evaluation/values', need: { module: 'prevention' }, render: () => <EvaluationValuesPage /> },
  { pattern: '/evaluation/run', need: { module: 'prevention' }, render: () => <EvaluationRunPage /> },
  { pattern: '/evaluation/map', need: { module: 'prevention' }, render: () => <EvaluationMapPage /> },
  { pattern: '/training', need: 'trainee', render: () => <TrainingPage /> },
  { pattern: '/training/teams', need: { module: 'prevention' }, render: () => <TrainerPage /> },
  { pattern: '/training/:id', need: 'trainee', render: (p) => <TrainingPage id={p.id!} /> },
  { pattern: '/notifications', need: null, render: () => <NotificationsPage /> },
  { pattern: '/tokens', need: null, render: () => <TokensPage /> },
  { pattern: '/admin', need: { module: 'admin', permission: 'write' }, render: () => <AdminPage /> },
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
  { to: '/content', label: 'content.nav', need: { module: 'content' } },
  { to: '/sharing', label: 'sharing.nav', need: { module: 'sharing' } },
  { to: '/prevention', label: 'prevention.nav', need: { module: 'prevention' } },
  { to: '/evaluation', label: 'evaluation.nav', need: { module: 'prevention' } },
  // Officers only: a member of an oversight body would land here after sign-in and be refused (403).
  { to: '/training', label: 'prevention.navTraining', need: 'trainee' },
  { to: '/admin', label: 'nav.admin', need: { module: 'admin', permission: 'write' } },
  { to: '/partners', label: 'sharing.navPartners', need: 'sharing-admin' },
  { to: '/oversight', label: 'nav.oversight', need: 'oversight' },
  { to: '/crisis', label: 'crisis.nav', need: { module: 'crisis' } },
  { to: '/alerts', label: 'alerts.nav', need: { module: 'crisis' } },
  { to: '/legal', label: 'legal.nav', need: { module: 'legal' } },
  { to: '/notifications', label: 'nav.notifications', need: null },
];

export function useAllowed(): (need: Need) => boolean {
  const s = useSession();
  return (need) => {
    if (need === null) return true;
    if (need === 'oversight') return s.can('audit', 'read'); // not a plain administrator (issue #11)
    if (need === 'sharing-admin') return s.can('admin', 'admin') || s.can('sharing', 'admin');
    if (need === 'trainee') return takesTraining(s.me.organisation.kind);
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

/** Pages open without a Vigil sign-in (the hosting provider's portal), or null. */
export function publicRoute(path: string): ReactNode | null {
  const p = match('/portal/orders/:id', path);
  return p ? <PortalPage id={p.id!} /> : null;
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
