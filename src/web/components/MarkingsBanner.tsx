/**
 * The markings banner: on every screen that shows a record (subject, report, threat assessment),
 * at the top, before any content — classification, TLP, handling code, distribution, owner,
 * legal basis, purpose, review date.
 */
import { Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { daysUntil, formatDay } from '../lib/format.ts';
import type { Markings } from '../lib/types.ts';
import { CLASSIFICATION_COLOR, TlpBadge } from './Badges.tsx';

const BG: Record<string, string> = {
  green: '#2b8a3e',
  blue: '#1c5fb8',
  violet: '#6741d9',
  red: '#c92a2a',
  orange: '#d9480f',
};

function Item({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Text size="xs" component="span" style={{ maxWidth: '100%', overflowWrap: 'anywhere' }}>
      <Text span c="dimmed" size="xs">
        {label}:
      </Text>{' '}
      <Text span fw={600} size="xs">
        {children}
      </Text>
    </Text>
  );
}

export function MarkingsBanner({ markings }: { markings: Markings }) {
  const { t, i18n } = useTranslation();
  const bg = BG[CLASSIFICATION_COLOR[markings.classification] ?? 'blue'] ?? '#333';
  const due = markings.reviewDate ? daysUntil(markings.reviewDate) : null;
  return (
    <Paper withBorder radius="sm" data-testid="markings-banner" role="note" aria-label={t('markings.banner')} style={{ overflow: 'hidden' }}>
      <Group gap="sm" px="sm" py={4} style={{ background: bg, color: '#fff' }} justify="space-between" wrap="wrap">
        <Text fw={800} size="sm" tt="uppercase" style={{ letterSpacing: 1 }}>
          {t(`vocab.classification.${markings.classification}`)}
        </Text>
        <Group gap="xs">
          <TlpBadge tlp={markings.tlp} />
          <span style={{ background: '#fff', color: '#000', fontWeight: 700, padding: '1px 6px', borderRadius: 3, fontSize: 12, fontFamily: 'monospace' }} title={t(`vocab.handling.${markings.handlingCode}`)}>
            {markings.handlingCode}
          </span>
        </Group>
      </Group>
      <Group gap="lg" px="sm" py={6} wrap="wrap" style={{ rowGap: 4 }}>
        <Item label={t('markings.owner')}>{markings.ownerOrgName}</Item>
        <Item label={t('markings.distribution')}>
          {t(`vocab.distribution.${markings.distribution}`)}
          {markings.distribution === 'organisations' && ` (${markings.sharedWith.length})`}
          {markings.distribution === 'group' && ` (${markings.groupIds.length})`}
        </Item>
        <Item label={t('markings.handlingCode')}>{`${markings.handlingCode} — ${t(`vocab.handling.${markings.handlingCode}`)}`}</Item>
        <Item label={t('markings.legalBasis')}>{markings.legalBasis}</Item>
        <Item label={t('markings.purpose')}>{markings.purpose}</Item>
        <Item label={t('markings.reviewDate')}>
          <span style={{ color: due !== null && due < 0 ? '#c92a2a' : undefined }}>
            {markings.reviewDate ? formatDay(markings.reviewDate, i18n.language) : t('markings.noReviewDate')}
            {due !== null && due < 0 && ` (${t('markings.overdue')})`}
          </span>
        </Item>
        {markings.hitNoHit && <Item label={t('markings.hitNoHit')}>{t('common.yes')}</Item>}
      </Group>
    </Paper>
  );
}
