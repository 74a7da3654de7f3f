/** Small pieces shared by the screening screens: status and score badges, batch progress, a traveller's details. */
import { Badge, Group, Progress, Stack, Text, Tooltip } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Batch, BatchStatus, BirthDate, DataQualityFlag, HitStatus, ListedEntry, Traveller } from './types.ts';
import { formatDay, formatFixed, formatNumber } from '../../lib/format.ts';
import { valueLabel } from '../../lib/labels.ts';
import { countryLabel } from '../../lib/countries.ts';

export const BATCH_COLOR: Record<BatchStatus, string> = { receiving: 'gray', queued: 'gray', running: 'blue', done: 'green', failed: 'red' };
export const HIT_COLOR: Record<HitStatus, string> = { open: 'orange', true_match: 'red', false_positive: 'gray', escalated: 'grape', suppressed: 'gray' };

export function BatchStatusBadge({ status }: { status: BatchStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={BATCH_COLOR[status]} variant={status === 'done' ? 'light' : 'filled'} data-testid="batch-status">
      {t(`screening.batchStatus.${status}`)}
    </Badge>
  );
}

export function HitStatusBadge({ status, size = 'sm' }: { status: HitStatus; size?: 'xs' | 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge color={HIT_COLOR[status]} variant={status === 'open' ? 'filled' : 'light'} size={size} data-testid="hit-status">
      {t(`screening.hitStatus.${status}`)}
    </Badge>
  );
}

/** The score as the engine gives it (0–1): a similarity, not a probability. */
export function ScoreBadge({ score, size = 'md' }: { score: number; size?: 'sm' | 'md' | 'lg' | 'xl' }) {
  const { t } = useTranslation();
  const color = score >= 0.95 ? 'red' : score >= 0.9 ? 'orange' : 'yellow';
  return (
    <Tooltip label={t('screening.scoreHelp')}>
      <Badge size={size} color={color} variant="filled" c={color === 'yellow' ? 'dark' : undefined} ff="monospace" data-testid="score">
        {formatFixed(score, 2)}
      </Badge>
    </Tooltip>
  );
}

/** A part's effect on the score: +0.08 green, −0.35 red, 0 grey. */
export function EffectBadge({ effect }: { effect: number }) {
  const color = effect > 0 ? 'green' : effect < 0 ? 'red' : 'gray';
  const text = effect === 0 ? '±0' : `${effect > 0 ? '+' : '−'}${formatFixed(Math.abs(effect), 2)}`;
  return (
    <Badge color={color} variant={effect === 0 ? 'outline' : 'light'} ff="monospace" size="sm">
      {text}
    </Badge>
  );
}

export function isRunning(b: Pick<Batch, 'status'>): boolean {
  return b.status === 'receiving' || b.status === 'queued' || b.status === 'running';
}

export function BatchProgress({ batch, size = 'xl' }: { batch: Batch; size?: 'sm' | 'md' | 'lg' | 'xl' }) {
  const { t, i18n } = useTranslation();
  const running = isRunning(batch);
  const color = batch.status === 'failed' ? 'red' : batch.status === 'done' ? 'green' : 'blue';
  const value = batch.status === 'done' ? 100 : batch.progress.percent;
  return (
    <Stack gap={4} data-testid="batch-progress" data-status={batch.status} data-percent={value}>
      <Progress value={value} color={color} size={size} striped={running} animated={running} aria-label={t('screening.progressLabel')} />
      <Text size="sm" c="dimmed">
        {t('screening.progressText', { processed: formatNumber(batch.progress.processed, i18n.language), total: formatNumber(batch.progress.total, i18n.language), percent: value })}
      </Text>
    </Stack>
  );
}

/** "14/03/1971" (a full date in the interface language when a locale is given, else ISO), "1971–1973", "~1970", "1971-03" */
export function birthDateText(d: BirthDate, locale?: string): string {
  const p = (n: number) => String(n).padStart(2, '0');
  let s = String(d.year);
  if (d.toYear !== undefined) s += `–${d.toYear}`;
  else if (d.month) s += `-${p(d.month)}${d.day ? `-${p(d.day)}` : ''}`;
  if (locale && d.toYear === undefined && d.month && d.day) s = formatDay(s, locale);
  return d.approx ? `~${s}` : s;
}

export function entryDates(e: ListedEntry | null | undefined, locale?: string): string {
  return e?.birthDates?.map((d) => birthDateText(d, locale)).join(', ') || '—';
}

/** The listed documents: number · type (in the interface language when `t` is given) · country (named in `locale` when given). */
export function entryDocuments(e: ListedEntry | null | undefined, t?: TFunction, locale?: string): string {
  return e?.documents?.map((d) => [d.number, d.type && t ? valueLabel(t, 'documentType', d.type) : d.type, d.country && locale ? countryLabel(d.country, locale) : d.country].filter(Boolean).join(' · ')).join('; ') || '—';
}

/** A date an engine or a list gives as YYYY-MM-DD, in the interface language; anything else as given. */
export function shownDate(v: string | null | undefined, locale: string): string | undefined {
  if (!v) return undefined;
  return /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDay(v, locale) : v;
}

/** One line about a traveller: name · born · nationality · document. */
export function TravellerLine({ traveller }: { traveller: Traveller | null | undefined }) {
  const { t, i18n } = useTranslation();
  if (!traveller) return <Text c="dimmed">—</Text>;
  return (
    <Stack gap={0}>
      <Text fw={700} size="sm">
        {traveller.name}
      </Text>
      <Group gap="xs">
        <Text size="xs" c="dimmed">
          {[
            traveller.birthDate && `${t('screening.born')} ${formatDay(traveller.birthDate, i18n.language)}`,
            traveller.nationality && countryLabel(traveller.nationality, i18n.language),
            traveller.documentNumber && `${t('screening.doc')} ${traveller.documentNumber}`,
            traveller.gender && valueLabel(t, 'gender', traveller.gender),
            traveller.id && `#${traveller.id}`,
          ]
            .filter(Boolean)
            .join(' · ') || '—'}
        </Text>
      </Group>
      {traveller.quality?.length ? <QualityFlags flags={traveller.quality} /> : null}
    </Stack>
  );
}

/** Data-quality flags of a traveller: each field read leniently or left out as unknown (issue #15). */
export function QualityFlags({ flags }: { flags: DataQualityFlag[] }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} data-testid="quality-flags">
      {flags.map((f) => (
        <Badge key={f.field + f.issue} size="xs" variant="light" color={f.outcome === 'unknown' ? 'orange' : 'yellow'} title={`${f.given} — ${f.issue}`}>
          {t(f.outcome === 'unknown' ? 'screening.quality.unknown' : 'screening.quality.read', { field: t(`screening.quality.fields.${f.field}`), given: f.given, read: f.read ?? '' })}
        </Badge>
      ))}
    </Group>
  );
}

/** Who did something: "you" or the user's short id (the API gives ids, not names). */
export function byText(by: string | null | undefined, meId: string, t: (k: string) => string): string {
  if (!by) return t('screening.system');
  return by === meId ? t('screening.you') : by.slice(0, 8);
}
