/**
 * One registry entry: its versions, and — when it has expired or was amended — the records citing it,
 * for review (only those the reader may read; the count says nothing of the others). An offence lists
 * the intelligence subjects and the prevention cases classified under it that the reader may read
 * (counted so).
 */
import { Alert, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Empty, ErrorState, Loading } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { formatDay, formatDayRange } from '../../lib/format.ts';
import { Link } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import type { BasisReview, CitingRecord, RegistryEntry } from './types.ts';

const LINKS: Record<string, string> = { 'legal-authorisation': '/legal/authorisations', 'legal-cooperation': '/legal/cooperation', subject: '/subjects', report: '/reports', 'prevention-case': '/prevention/cases', content_case: '/content/cases', 'sharing-object': '/sharing/objects' };
// A threat assessment has no page of its own: the threat page (levels, queue, histories).
const linkOf = (r: CitingRecord) => (r.recordType === 'threat_assessment' ? '/threat' : `${LINKS[r.recordType] ?? '/reports'}/${r.id}`);

/** A citing record's state in words: each kind's own state names, with its date or level. */
function useStateText(): (r: CitingRecord) => string {
  const { t, i18n } = useTranslation();
  const day = (d: string | null) => (d ? formatDay(d, i18n.language) : '—');
  return (r) => {
    switch (r.recordType) {
      case 'legal-authorisation': return t(`legal.state.${r.state}`, { defaultValue: r.state });
      case 'legal-cooperation': return t(`legal.coop.state.${r.state}`, { defaultValue: r.state });
      case 'prevention-case': return t(`prevention.stage.${r.state}`, { defaultValue: r.state });
      case 'content_case': return t(`content.caseStatus.${r.state}`, { defaultValue: r.state });
      case 'screening_batch': return t('legal.review.stateOn', { state: t(`screening.batchStatus.${r.state}`, { defaultValue: r.state }), date: day(r.date) });
      case 'threat_assessment': return t('legal.review.stateLevel', { level: r.level ?? '—', date: day(r.date) });
      default: return r.state === 'review' && r.date ? t('legal.review.stateReview', { date: day(r.date) }) : r.state;
    }
  };
}

export default function RegistryEntryPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const stateText = useStateText();
  const q = useQuery({ queryKey: ['legal-registry-entry', id], queryFn: () => api.get<RegistryEntry & { versions: RegistryEntry[] }>(`/api/legal/registry/${id}`) });
  const today = new Date().toISOString().slice(0, 10);
  const e = q.data;
  const changed = !!e && e.kind === 'basis' && ((e.validTo !== null && e.validTo < today) || e.successorId !== null);
  const review = useQuery({ queryKey: ['legal-registry-review', id], enabled: changed, queryFn: () => api.get<BasisReview>(`/api/legal/registry/${id}/review`) });
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  const entry = q.data;
  const successor = entry.versions.find((v) => v.id === entry.successorId);
  return (
    <Stack>
      <Group>
        <Title order={2}>{entry.article}</Title>
        <Badge color={entry.inForce ? 'green' : 'gray'} data-testid="registry-in-force">{entry.inForce ? t('legal.review.inForce') : t('legal.review.notInForce')}</Badge>
        <Badge variant="light">{entry.kind === 'offence' ? t('legal.offence') : t('legal.basis')}</Badge>
      </Group>
      <Text>{entry.title}</Text>
      <Text size="sm" c="dimmed">{entry.textReference} · v{entry.version} · {formatDayRange(entry.validFrom, entry.validTo, i18n.language)}</Text>
      {successor && <Text size="sm">{t('legal.review.replacedBy')} <Link to={`/legal/registry/${successor.id}`}>v{successor.version} — {successor.title}</Link></Text>}
      {changed && (
        <Paper withBorder p="sm" data-testid="registry-review">
          <Title order={4}>{t('legal.review.title')}</Title>
          <Alert color="orange" variant="light" my="xs">
            {entry.successorId ? t('legal.review.amended', { date: formatDay(entry.validTo, i18n.language) }) : t('legal.review.expired', { date: formatDay(entry.validTo, i18n.language) })}
          </Alert>
          {review.isPending ? <Loading /> : review.isError ? <ErrorState error={review.error} onRetry={() => void review.refetch()} /> : review.data.records.length === 0 ? <Empty title={t('legal.review.none')} /> : (
            <>
              <Text size="sm" data-testid="registry-review-count">{t('legal.review.count', { count: review.data.records.length })}</Text>
              <Table striped>
                <Table.Tbody>
                  {review.data.records.map((r) => (
                    <Table.Tr key={`${r.recordType}-${r.id}`} data-testid={`review-${r.id}`}>
                      <Table.Td><Text size="xs" tt="uppercase" c="dimmed">{t(`legal.review.kind.${r.recordType}`, { defaultValue: r.recordType })}</Text></Table.Td>
                      <Table.Td><Link to={linkOf(r)}>{r.reference || r.id.slice(0, 8)}</Link></Table.Td>
                      <Table.Td><Text size="sm">{stateText(r)}</Text></Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              {review.data.truncated && <Text size="xs" c="orange">{t('legal.review.truncated')}</Text>}
            </>
          )}
          {review.data && <Text size="xs" c="dimmed" mt="xs">{t('legal.review.coverage')}</Text>}
        </Paper>
      )}
      {entry.kind === 'offence' && <OffenceSubjects id={entry.id} />}
      {entry.kind === 'offence' && <OffenceCases id={entry.id} />}
      <Title order={4}>{t('legal.review.versions')}</Title>
      <Table striped>
        <Table.Tbody>
          {entry.versions.map((v) => (
            <Table.Tr key={v.id}>
              <Table.Td>{v.id === entry.id ? <b>v{v.version}</b> : <Link to={`/legal/registry/${v.id}`}>v{v.version}</Link>}</Table.Td>
              <Table.Td>{v.article}</Table.Td>
              <Table.Td><Text size="sm">{v.title}</Text></Table.Td>
              <Table.Td>{formatDayRange(v.validFrom, v.validTo, i18n.language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

interface OffenceSubjectList { subjects: Array<{ id: string; label: string; category: string | null }>; count: number; truncated: boolean }

/** The subjects classified under the offence (by its code, so every version lists the same) that the reader may read. */
function OffenceSubjects({ id }: { id: string }) {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['legal-offence-subjects', id], queryFn: () => api.get<OffenceSubjectList>(`/api/legal/registry/${id}/subjects`) });
  return (
    <Paper withBorder p="sm" data-testid="offence-subjects">
      <Title order={4}>{t('legal.subjectOffences.subjectsTitle')}</Title>
      {q.isPending ? <Loading /> : q.isError ? <ErrorState error={q.error} onRetry={() => void q.refetch()} /> : q.data.count === 0 ? <Empty title={t('legal.subjectOffences.subjectsNone')} /> : (
        <>
          <Text size="sm" data-testid="offence-subjects-count">{t('legal.subjectOffences.subjectsCount', { count: q.data.count })}</Text>
          <Table striped>
            <Table.Tbody>
              {q.data.subjects.map((x) => (
                <Table.Tr key={x.id} data-testid={`offence-subject-${x.id}`}>
                  <Table.Td><Link to={`/subjects/${x.id}`}>{x.label || x.id.slice(0, 8)}</Link></Table.Td>
                  <Table.Td><Text size="sm">{x.category ?? ''}</Text></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {q.data.truncated && <Text size="xs" c="orange">{t('legal.subjectOffences.subjectsTruncated')}</Text>}
        </>
      )}
      <Text size="xs" c="dimmed" mt="xs">{t('legal.subjectOffences.subjectsCoverage')}</Text>
    </Paper>
  );
}

interface OffenceCaseList { cases: Array<{ id: string; reference: string; stage: string; cellName: string }>; count: number; truncated: boolean }

/** The prevention cases classified under the offence that the reader may read (shared professional secrecy: their own cases only). */
function OffenceCases({ id }: { id: string }) {
  const { t } = useTranslation();
  const { can } = useSession();
  // Without a prevention right the list is always empty: the section is left out.
  const shown = can('prevention', 'read');
  const q = useQuery({ queryKey: ['legal-offence-cases', id], enabled: shown, queryFn: () => api.get<OffenceCaseList>(`/api/legal/registry/${id}/cases`) });
  if (!shown) return null;
  return (
    <Paper withBorder p="sm" data-testid="offence-cases">
      <Title order={4}>{t('legal.caseOffences.casesTitle')}</Title>
      {q.isPending ? <Loading /> : q.isError ? <ErrorState error={q.error} onRetry={() => void q.refetch()} /> : q.data.count === 0 ? <Empty title={t('legal.caseOffences.casesNone')} /> : (
        <>
          <Text size="sm" data-testid="offence-cases-count">{t('legal.caseOffences.casesCount', { count: q.data.count })}</Text>
          <Table striped>
            <Table.Tbody>
              {q.data.cases.map((x) => (
                <Table.Tr key={x.id} data-testid={`offence-case-${x.id}`}>
                  <Table.Td><Link to={`/prevention/cases/${x.id}`}>{x.reference}</Link></Table.Td>
                  <Table.Td><Text size="sm">{x.cellName}</Text></Table.Td>
                  <Table.Td><Text size="sm">{t(`prevention.stage.${x.stage}`, { defaultValue: x.stage })}</Text></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {q.data.truncated && <Text size="xs" c="orange">{t('legal.caseOffences.casesTruncated')}</Text>}
        </>
      )}
      <Text size="xs" c="dimmed" mt="xs">{t('legal.caseOffences.casesCoverage')}</Text>
    </Paper>
  );
}
