/**
 * Pieces shared by the online-content screens: the section tabs, order state badges, the ticking
 * countdowns (one hour for removal orders, 72 hours for cross-border scrutiny), durations, hashes.
 */
import { ActionIcon, Badge, Code, CopyButton, Group, Table, Tabs, Text, Tooltip } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format.ts';
import { navigate, useLocation } from '../../lib/router.tsx';
import type { CaseSignal, Countdown, Scrutiny } from './types.ts';
import { MIN_QUALITY } from './types.ts';

const SECTIONS = ['cases', 'banks', 'match', 'scrutiny', 'transparency', 'providers'] as const;

/** The sub-navigation of the pillar (one entry in the main navigation, these tabs on every page). */
export function ContentTabs() {
  const { t } = useTranslation();
  const loc = useLocation();
  const current = SECTIONS.find((s) => loc.path === `/content/${s}` || loc.path.startsWith(`/content/${s}/`)) ?? 'cases';
  return (
    <Tabs value={current} onChange={(v) => v && v !== current && navigate(`/content/${v}`)} keepMounted={false} data-testid="content-tabs">
      <Tabs.List>
        {SECTIONS.map((s) => (
          <Tabs.Tab key={s} value={s} data-testid={`content-tab-${s}`}>
            {t(`content.tabs.${s}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}

export const STATE_COLOR: Record<string, string> = {
  draft: 'gray',
  pending: 'blue',
  overdue: 'red',
  removed: 'green',
  contested: 'orange',
  declined: 'grape',
  revoked: 'dark',
  withdrawn: 'gray',
};

export function OrderStateBadge({ state, size = 'sm' }: { state: string; size?: 'xs' | 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATE_COLOR[state] ?? 'gray'} variant={state === 'overdue' || state === 'removed' ? 'filled' : 'light'} size={size} data-testid="order-state">
      {t(`content.state.${state}`, { defaultValue: state })}
    </Badge>
  );
}

export function CaseStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Badge color={status === 'open' ? 'blue' : 'gray'} variant="light" data-testid="case-status">
      {t(`content.caseStatus.${status}`, { defaultValue: status })}
    </Badge>
  );
}

/** The current time, re-rendering every second while mounted. */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(id);
  }, [intervalMs]);
  return now;
}

/** "00:59:58"; hours may pass 24 ("71:59:58"). */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(Math.abs(seconds)));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(h)}:${pad(m)}:${pad(s % 60)}`;
}

/** A duration in words: "2 h 05 min", "12 min 03 s", "42 s". */
export function formatDuration(seconds: number | null | undefined, t: (k: string, o?: Record<string, unknown>) => string): string {
  if (seconds === null || seconds === undefined) return '—';
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = s % 60;
  if (h > 0) return t('content.duration.hm', { h, m: String(m).padStart(2, '0') });
  if (m > 0) return t('content.duration.ms', { m, s: String(r).padStart(2, '0') });
  return t('content.duration.s', { s: r });
}

/**
 * Seconds left now, from the server's own count when the answer arrived (clock skew between the
 * browser and the server does not matter): secondsLeft − seconds since `receivedAt`.
 */
export function secondsLeftNow(secondsLeft: number, receivedAt: number, now: number): number {
  return secondsLeft - Math.floor((now - receivedAt) / 1000);
}

/** The one-hour countdown of an issued removal order: ticks every second; overdue in red with the escalation. */
export function OrderCountdown({ countdown, state, receivedAt, compact = false, showEscalation = true }: { countdown: Countdown; state: string; receivedAt: number; compact?: boolean; showEscalation?: boolean }) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const live = countdown.secondsLeft !== null && (state === 'pending' || state === 'overdue');
  if (!live) {
    return (
      <Text size="sm" c="dimmed" data-testid="countdown" data-state="stopped">
        {t('content.countdown.dueWas', { when: formatDateTime(countdown.dueAt, i18n.language) })}
      </Text>
    );
  }
  const left = secondsLeftNow(countdown.secondsLeft!, receivedAt, now);
  const overdue = left < 0;
  return (
    <div data-testid="countdown" data-state={overdue ? 'overdue' : 'running'} role="timer" aria-live="off">
      <Group gap="xs" wrap="nowrap" align="baseline">
        <Text ff="monospace" fw={800} size={compact ? 'md' : 'xl'} c={overdue ? 'red' : left < 600 ? 'orange.8' : undefined} data-testid="countdown-clock">
          {overdue ? `−${formatClock(-left)}` : formatClock(left)}
        </Text>
        <Text size="xs" c={overdue ? 'red' : 'dimmed'} fw={overdue ? 700 : 400}>
          {overdue ? t('content.countdown.overdue') : t('content.countdown.left')}
        </Text>
      </Group>
      {!compact && (
        <Text size="xs" c={overdue ? 'red' : 'dimmed'} data-testid="countdown-due">
          {t('content.countdown.due', { when: formatDateTime(countdown.dueAt, i18n.language) })}
          {overdue && showEscalation && ' · '}
          {overdue && showEscalation && (countdown.escalatedAt ? t('content.countdown.escalatedAt', { when: formatDateTime(countdown.escalatedAt, i18n.language) }) : t('content.countdown.notYetEscalated'))}
        </Text>
      )}
    </div>
  );
}

/** The 72-hour scrutiny window of a cross-border removal order. */
export function ScrutinyCountdown({ scrutiny, receivedAt }: { scrutiny: Scrutiny; receivedAt: number }) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  if (scrutiny.state !== 'pending' || scrutiny.secondsLeft === null) {
    return (
      <Badge variant="light" color={scrutiny.state === 'decided' ? (scrutiny.decision === 'infringement' ? 'red' : 'green') : 'gray'} data-testid="scrutiny-state">
        {scrutiny.state === 'decided' && scrutiny.decision ? t(`content.scrutiny.decision.${scrutiny.decision}`) : t(`content.scrutiny.state.${scrutiny.state}`)}
      </Badge>
    );
  }
  const left = Math.max(0, secondsLeftNow(scrutiny.secondsLeft, receivedAt, now));
  return (
    <Group gap="xs" wrap="nowrap" data-testid="scrutiny-countdown" role="timer" aria-live="off">
      <Badge variant="light" color="blue" data-testid="scrutiny-state">
        {t('content.scrutiny.state.pending')}
      </Badge>
      <Text ff="monospace" fw={700} size="sm">
        {formatClock(left)}
      </Text>
      <Text size="xs" c="dimmed">
        {t('content.scrutiny.until', { when: formatDateTime(scrutiny.dueAt, i18n.language) })}
      </Text>
    </Group>
  );
}

const icon = { width: 14, height: 14, viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', strokeWidth: 2, strokeLinecap: 'round' as const, strokeLinejoin: 'round' as const, 'aria-hidden': true };
const CopyIcon = () => (
  <svg {...icon}>
    <rect x="9" y="9" width="12" height="12" rx="2" />
    <path d="M5 15H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v1" />
  </svg>
);
const CheckIcon = () => (
  <svg {...icon}>
    <path d="M20 6 9 17l-5-5" />
  </svg>
);

/** A hash in monospace, shortened on screen, copyable in full. */
export function Hash({ value, full = false }: { value: string | null | undefined; full?: boolean }) {
  const { t } = useTranslation();
  if (!value) return <Text span c="dimmed">—</Text>;
  return (
    <Group gap={4} wrap="nowrap" style={{ display: 'inline-flex' }}>
      <Tooltip label={value} disabled={full} maw={520} multiline>
        <Code style={{ wordBreak: 'break-all' }} data-testid="hash">
          {full ? value : `${value.slice(0, 16)}…`}
        </Code>
      </Tooltip>
      <CopyButton value={value}>
        {({ copied, copy }) => (
          <ActionIcon size="xs" variant="subtle" color={copied ? 'teal' : 'gray'} onClick={copy} aria-label={copied ? t('common.copied') : t('common.copy')}>
            {copied ? <CheckIcon /> : <CopyIcon />}
          </ActionIcon>
        )}
      </CopyButton>
    </Group>
  );
}

export function QualityBadge({ quality }: { quality: number | null }) {
  const { t } = useTranslation();
  if (quality === null) return <Text span c="dimmed">—</Text>;
  const low = quality < MIN_QUALITY;
  return (
    <Tooltip label={low ? t('content.signals.lowQualityHelp', { min: MIN_QUALITY }) : t('content.signals.qualityHelp')}>
      <Badge color={low ? 'orange' : 'gray'} variant={low ? 'filled' : 'light'} size="sm" ff="monospace" data-testid={low ? 'low-quality' : 'quality'}>
        {quality}
        {low ? ` · ${t('content.signals.low')}` : ''}
      </Badge>
    </Tooltip>
  );
}

/** The content hashes of a case (or any list of signals). */
export function SignalsTable({ signals }: { signals: CaseSignal[] }) {
  const { t } = useTranslation();
  if (signals.length === 0) return <Text size="sm" c="dimmed">{t('content.signals.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={640} type="native">
      <Table verticalSpacing={4} data-testid="signals-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>PDQ</Table.Th>
            <Table.Th>{t('content.signals.quality')}</Table.Th>
            <Table.Th>MD5</Table.Th>
            <Table.Th>SHA-256</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {signals.map((s, i) => (
            <Table.Tr key={i}>
              <Table.Td><Hash value={s.pdq} /></Table.Td>
              <Table.Td><QualityBadge quality={s.pdq ? s.quality : null} /></Table.Td>
              <Table.Td><Hash value={s.md5} /></Table.Td>
              <Table.Td><Hash value={s.sha256} /></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** A label and a value, for dense record headers. */
export function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <div style={{ fontSize: 14 }}>{children}</div>
    </div>
  );
}
