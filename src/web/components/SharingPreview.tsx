/**
 * "Who will see this": the sharing preview under the distribution pickers of every record form. Asks
 * the server (POST /api/sharing/preview, built on the access policy itself) once the markings stop
 * changing, and lists the organisations by access — full, knows it exists (hit-no-hit: contact the
 * owner), none — with the reason where it is not the obvious one and, for foreign partners, the scope
 * the record travels with and the one it gets there. Only the markings that decide who sees a record
 * are sent; legal basis and purpose do not, so they need not be filled in for the preview.
 */
import { Anchor, Box, Group, Loader, Paper, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { markingsInput } from '../../core/contracts.ts';
import type { Module } from '../../core/vocab.ts';
import type { Access, PreviewAnswer, PreviewLine, PreviewReason } from '../features/sharing/types.ts';
import { api, ApiError } from '../lib/api.ts';
import { errorText } from '../lib/validation.ts';
import type { MarkingsValue } from './MarkingsFields.tsx';

/** Stands in for legal basis and purpose, which do not change who sees a record (nothing is stored). */
const NOT_YET = 'sharing preview';
const COLUMNS: Array<{ access: Access; color: string; usual: PreviewReason }> = [
  { access: 'full', color: 'green', usual: 'distribution' },
  { access: 'hit', color: 'yellow', usual: 'hit-no-hit' },
  { access: 'none', color: 'gray', usual: 'not-in-distribution' },
];
/** A column lists this many organisations before "show more" (only when that hides at least three). */
const SHOWN = 10;

interface Props {
  markings: MarkingsValue;
  ownerOrgId: string;
  module?: Module;
}

function previewMarkings(m: MarkingsValue) {
  return {
    classification: m.classification,
    tlp: m.tlp,
    distribution: m.distribution,
    sharedWith: m.distribution === 'organisations' ? m.sharedWith : [],
    groupIds: m.distribution === 'group' ? m.groupIds : [],
    handlingCode: m.handlingCode,
    hitNoHit: m.hitNoHit,
    legalBasis: NOT_YET,
    purpose: NOT_YET,
    reviewDate: null,
  };
}

export function SharingPreview({ markings, ownerOrgId, module = 'intel' }: Props) {
  const { t } = useTranslation();
  const key = JSON.stringify(previewMarkings(markings));
  const [settled] = useDebouncedValue(key, 350);
  const body = JSON.parse(settled) as ReturnType<typeof previewMarkings>;
  const incomplete =
    body.distribution === 'organisations' && body.sharedWith.length === 0
      ? t('sharing.preview.pickOrganisations')
      : body.distribution === 'group' && body.groupIds.length === 0
        ? t('sharing.preview.pickGroups')
        : !markingsInput.safeParse(body).success
          ? t('sharing.preview.incomplete')
          : null;
  const q = useQuery({
    queryKey: ['sharing-preview', module, ownerOrgId, settled],
    queryFn: () => api.post<PreviewAnswer>('/api/sharing/preview', { markings: body, module, ownerOrgId }),
    enabled: !incomplete,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    retry: false,
  });
  const updating = key !== settled || q.isFetching;
  const serverHint = q.isError ? (q.error instanceof ApiError && q.error.field ? q.error.message.replace(/^[^:]+:\s*/, '') : errorText(q.error, t)) : null;
  return (
    <Paper withBorder p="xs" radius="sm" bg="gray.0" style={{ gridColumn: '1 / -1' }} data-testid="sharing-preview" role="region" aria-label={t('sharing.preview.title')}>
      <Group justify="space-between" gap="xs" mb={4} wrap="nowrap">
        <Group gap={6} wrap="nowrap">
          <Text fw={700} size="sm">
            {t('sharing.preview.title')}
          </Text>
          {updating && !incomplete && <Loader size={12} aria-label={t('sharing.preview.updating')} />}
        </Group>
        <Text size="xs" c="dimmed" ta="right">
          {t('sharing.preview.within', { module: t(`vocab.module.${module}`), classification: t(`vocab.classification.${markings.classification}`) })}
        </Text>
      </Group>
      <Box aria-live="polite" aria-busy={updating}>
        {incomplete && (
          <Text size="sm" c="dimmed" data-testid="preview-incomplete">
            {incomplete}
          </Text>
        )}
        {!incomplete && serverHint && (
          <Text size="sm" c="red" data-testid="preview-error">
            {serverHint}
          </Text>
        )}
        {!incomplete && !serverHint && q.isPending && (
          <Text size="sm" c="dimmed">
            {t('common.loading')}
          </Text>
        )}
        {!incomplete && !serverHint && q.data && (
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs" style={{ opacity: updating ? 0.6 : 1, transition: 'opacity 120ms' }}>
            {COLUMNS.map((c) => (
              <Column key={c.access} {...c} lines={q.data.organisations.filter((o) => o.access === c.access)} />
            ))}
          </SimpleGrid>
        )}
      </Box>
    </Paper>
  );
}

function Column({ access, color, usual, lines }: { access: Access; color: string; usual: PreviewReason; lines: PreviewLine[] }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const folds = lines.length > SHOWN + 2;
  const shown = all || !folds ? lines : lines.slice(0, SHOWN);
  return (
    <Stack gap={2} data-testid={`preview-${access}`} style={{ borderLeft: `3px solid var(--mantine-color-${color}-6)`, paddingLeft: 8 }}>
      <Group gap={6} wrap="nowrap" align="baseline">
        <Text size="sm" fw={600}>
          {t(`sharing.preview.access.${access}`)}
        </Text>
        <Text size="xs" c="dimmed">
          {lines.length}
        </Text>
      </Group>
      <Text size="xs" c="dimmed" lh={1.25} mb={2}>
        {t(`sharing.preview.accessHelp.${access}`)}
      </Text>
      {lines.length === 0 && (
        <Text size="xs" c="dimmed">
          {t('sharing.preview.nobody')}
        </Text>
      )}
      {shown.map((o) => (
        <Box key={o.organisationId} data-testid="preview-org">
          <Text size="sm" lh={1.3}>
            {o.organisation}
            {o.reason !== usual && (
              <Text span size="xs" c="dimmed">
                {' · '}
                {t(`sharing.preview.reason.${o.reason}`)}
              </Text>
            )}
          </Text>
          {o.federation && (
            <Tooltip label={t('sharing.preview.federationHelp')} multiline w={320}>
              <Text size="xs" c="grape.8" lh={1.25} data-testid="preview-federation">
                {t('sharing.preview.federation', { sent: t(`sharing.scope.${o.federation.sentAs}`), there: t(`sharing.scope.${o.federation.thereAs}`) })}
              </Text>
            </Tooltip>
          )}
        </Box>
      ))}
      {folds && (
        <Anchor component="button" type="button" size="xs" ta="left" onClick={() => setAll(!all)}>
          {all ? t('sharing.preview.fewer') : t('sharing.preview.more', { count: lines.length - SHOWN })}
        </Anchor>
      )}
    </Stack>
  );
}
