/** Pieces shared by the sharing screens: origin, scope and partner-state badges, provenance, label rows, JSON download. */
import { Anchor, Badge, Table, Text, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../lib/router.tsx';
import type { ObjectEnd, Origin, PartnerState, Scope, SharingObject } from './types.ts';

const ORIGIN_COLOR: Record<Origin, string> = { local: 'blue', partner: 'grape', import: 'cyan' };

export function OriginBadge({ origin }: { origin: Origin }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant="light" color={ORIGIN_COLOR[origin]} data-testid="origin">
      {t(`sharing.origin.${origin}`)}
    </Badge>
  );
}

export function ScopeBadge({ scope }: { scope: Scope }) {
  const { t } = useTranslation();
  return (
    <Tooltip label={t(`sharing.scopeHelp.${scope}`)} multiline w={300}>
      <Badge size="sm" variant="outline" color={scope === 'organisation' ? 'gray' : 'dark'} tt="none">
        {t(`sharing.scope.${scope}`)}
      </Badge>
    </Tooltip>
  );
}

const STATE_COLOR: Record<PartnerState, string> = { ok: 'green', failing: 'red', pending: 'blue', disabled: 'gray' };

export function PartnerStateBadge({ state, size = 'sm' }: { state: PartnerState; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATE_COLOR[state]} variant={state === 'failing' ? 'filled' : 'light'} size={size} data-testid="partner-state">
      {t(`sharing.partners.state.${state}`)}
    </Badge>
  );
}

/** Where a held object comes from: own, or the origin instance and organisation. */
export function Provenance({ o }: { o: Pick<SharingObject, 'origin' | 'provenance' | 'markings'> }) {
  const { t } = useTranslation();
  if (!o.provenance) {
    return (
      <Text size="xs" c="dimmed">
        {o.markings.ownerOrgName}
      </Text>
    );
  }
  return (
    <Text size="xs" c="dimmed" data-testid="provenance">
      {t('sharing.objects.from', { organisation: o.provenance.organisation ?? '—', instance: o.provenance.instance ?? '—' })}
    </Text>
  );
}

/** Saves JSON as a file (exports are recorded by the server before they are answered). */
export function downloadJson(data: unknown, name: string): void {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name with the current UTC time: vigil-stix-20260101-1200.json */
export function exportName(kind: 'stix' | 'misp'): string {
  const d = new Date().toISOString();
  return `vigil-${kind}-${d.slice(0, 10).replace(/-/g, '')}-${d.slice(11, 16).replace(':', '')}.json`;
}

/** A label/value row of the small property tables on the object and partner pages. */
export function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Td c="dimmed" fz="sm" w={180}>
        {label}
      </Table.Td>
      <Table.Td fz="sm">{children}</Table.Td>
    </Table.Tr>
  );
}

/** What a relationship is about: "source — type → target", each end named (a link with `links`), or "restricted" without a name. */
export function RelationshipEnds({ ends, relation, links = false }: { ends: NonNullable<SharingObject['ends']>; relation: string; links?: boolean }) {
  const { t } = useTranslation();
  const end = (e: ObjectEnd, which: string) =>
    e.restricted || !e.id ? (
      <Tooltip label={t('sharing.objects.restrictedHelp')} multiline w={260}>
        <Badge size="sm" variant="outline" color="gray" tt="none" data-testid={`end-${which}-restricted`}>
          {t('sharing.objects.restricted')}
        </Badge>
      </Tooltip>
    ) : links ? (
      <Anchor component={Link} to={`/sharing/objects/${e.id}`} size="sm" dir="auto" data-testid={`end-${which}`}>
        {e.label}
      </Anchor>
    ) : (
      <Text span size="sm" fw={500} dir="auto" data-testid={`end-${which}`}>
        {e.label}
      </Text>
    );
  return (
    <Text size="sm" component="span" data-testid="relationship-ends">
      {end(ends.source, 'source')}{' '}
      <Text span size="sm" c="dimmed">
        — {relation} →
      </Text>{' '}
      {end(ends.target, 'target')}
    </Text>
  );
}
