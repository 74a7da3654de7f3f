/**
 * One held object: markings banner first, then what it is, where it comes from (origin instance and
 * organisation, the partner that sent it), its versions and the STIX object as served; export buttons.
 * Received and imported objects are read-only.
 */
import { Alert, Anchor, Badge, Button, Code, Grid, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MarkingsBanner } from '../../components/MarkingsBanner.tsx';
import { ErrorState, FormError, Loading } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { Link, linkProps } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { errorText } from '../../lib/validation.ts';
import { Section } from '../subjects/SubjectPage.tsx';
import { OriginBadge, RelationshipEnds, Row, ScopeBadge } from './common.tsx';
import { useExport } from './Exchange.tsx';
import { objectLabel, type SharingObjectDetail } from './types.ts';

/** Where a local record lives in the app, by its record type. */
const RECORD_PATH: Record<string, string> = { subject: '/subjects/', report: '/reports/' };

export default function ObjectPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const q = useQuery({ queryKey: ['sharing-object', id], queryFn: () => api.get<SharingObjectDetail>(`/api/sharing/objects/${id}`) });
  const exp = useExport();
  const [showJson, setShowJson] = useState(false);
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  const o = q.data;
  const admin = can('admin', 'admin') || can('sharing', 'admin');
  const own = o.origin === 'local' && o.recordType && RECORD_PATH[o.recordType];
  return (
    <Stack gap="sm" data-testid="sharing-object">
      <MarkingsBanner markings={o.markings} />
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Group gap="xs">
            <Title order={2} dir="auto" data-testid="object-label">
              {objectLabel(o.object, t)}
            </Title>
            <OriginBadge origin={o.origin} />
            <ScopeBadge scope={o.scope} />
            {o.revoked && <Badge color="red">{t('sharing.objects.revoked')}</Badge>}
          </Group>
          {o.ends && <RelationshipEnds ends={o.ends} relation={objectLabel(o.object, t)} links />}
          <Text size="xs" c="dimmed" ff="monospace">
            {o.stixId}
          </Text>
        </Stack>
        <Group gap="xs">
          <Button variant="default" size="xs" component="a" {...linkProps('/sharing')}>
            {t('sharing.objects.back')}
          </Button>
          <Button size="xs" loading={exp.isPending && exp.variables?.format === 'stix'} onClick={() => exp.mutate({ format: 'stix', ids: [o.id] })} data-testid="object-export-stix">
            {t('sharing.exchange.exportStix')}
          </Button>
          <Button size="xs" variant="light" loading={exp.isPending && exp.variables?.format === 'misp'} onClick={() => exp.mutate({ format: 'misp', ids: [o.id] })}>
            {t('sharing.exchange.exportMisp')}
          </Button>
        </Group>
      </Group>
      <FormError message={exp.isError ? errorText(exp.error, t) : undefined} />
      {o.readOnly && (
        <Alert color="gray" p="xs">
          <Text size="sm">{t('sharing.objects.readOnly')}</Text>
        </Alert>
      )}
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Section title={t('sharing.objects.provenance')} testId="object-provenance">
            <Table verticalSpacing={2} withRowBorders={false}>
              <Table.Tbody>
                <Row label={t('sharing.objects.type')}>
                  {o.type}
                  {o.recordType ? ` · ${o.recordType}` : ''}
                </Row>
                <Row label={t('sharing.objects.origin')}>{t(`sharing.origin.${o.origin}`)}</Row>
                {o.provenance ? (
                  <>
                    <Row label={t('sharing.objects.originInstance')}>{o.provenance.instance ?? '—'}</Row>
                    <Row label={t('sharing.objects.originOrganisation')}>{o.provenance.organisation ?? '—'}</Row>
                    {o.provenance.partnerId && (
                      <Row label={t('sharing.objects.partner')}>
                        {admin ? (
                          <Anchor component={Link} to={`/partners/${o.provenance.partnerId}`} size="sm">
                            {t('sharing.objects.partnerStatus')}
                          </Anchor>
                        ) : (
                          <Text size="sm" ff="monospace">{o.provenance.partnerId.slice(0, 8)}</Text>
                        )}
                      </Row>
                    )}
                    <Row label={t('sharing.objects.heldBy')}>{o.markings.ownerOrgName}</Row>
                  </>
                ) : (
                  <Row label={t('sharing.objects.owner')}>
                    {own ? (
                      <Anchor component={Link} to={`${RECORD_PATH[o.recordType!]}${o.id}`} size="sm">
                        {o.markings.ownerOrgName} · {t('sharing.objects.openRecord')}
                      </Anchor>
                    ) : (
                      o.markings.ownerOrgName
                    )}
                  </Row>
                )}
                {typeof o.object.created === 'string' && <Row label={t('sharing.objects.created')}>{formatDateTime(o.object.created, i18n.language)}</Row>}
                {typeof o.object.modified === 'string' && o.object.modified !== o.object.created && (
                  <Row label={t('sharing.objects.modified')}>{formatDateTime(o.object.modified, i18n.language)}</Row>
                )}
                <Row label={t('sharing.objects.version')}>{formatDateTime(o.version, i18n.language)}</Row>
                <Row label={t('sharing.objects.dateAdded')}>{formatDateTime(o.dateAdded, i18n.language)}</Row>
              </Table.Tbody>
            </Table>
          </Section>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Section title={t('sharing.objects.versions', { count: o.versions.length })} testId="object-versions">
            <Table verticalSpacing={2} striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('sharing.objects.version')}</Table.Th>
                  <Table.Th>{t('sharing.objects.dateAdded')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {o.versions.map((v) => (
                  <Table.Tr key={`${v.version}-${v.dateAdded}`} fw={v.version === o.version ? 600 : undefined}>
                    <Table.Td ff="monospace" fz="xs">{v.version}</Table.Td>
                    <Table.Td fz="xs">{formatDateTime(v.dateAdded, i18n.language)}</Table.Td>
                    <Table.Td>
                      {v.revoked && <Badge size="xs" color="red">{t('sharing.objects.revoked')}</Badge>}
                      {v.version === o.version && <Badge size="xs" variant="light">{t('sharing.objects.latest')}</Badge>}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Section>
        </Grid.Col>
      </Grid>
      <Section
        title={t('sharing.objects.stix')}
        action={
          <Button size="compact-xs" variant="subtle" onClick={() => setShowJson(!showJson)}>
            {showJson ? t('sharing.objects.hideJson') : t('sharing.objects.showJson')}
          </Button>
        }
      >
        {showJson ? (
          <Code block fz="xs" data-testid="object-json" style={{ maxHeight: 480, overflow: 'auto' }}>
            {JSON.stringify(o.object, null, 2)}
          </Code>
        ) : (
          <Text size="sm" c="dimmed">{t('sharing.objects.jsonHelp')}</Text>
        )}
      </Section>
    </Stack>
  );
}
