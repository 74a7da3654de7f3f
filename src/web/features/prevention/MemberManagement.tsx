/**
 * Managing a cell's members after it was formed (the coordinator or a prevention administrator): change
 * a member's role or organisation, remove a member with the reason. A change that would leave the cell
 * without its mayor, police chief, prevention official or coordinator comes back from the server asking
 * for confirmation (field confirmVacancy); the form then shows the question and asks again.
 */
import { Anchor, Badge, Button, Checkbox, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format.ts';
import { api, ApiError } from '../../lib/api.ts';
import { ActError, useAct } from './common.tsx';
import { MEMBER_ROLES, type Cell, type Member, type Person } from './types.ts';

const needsConfirmation = (e: unknown) => e instanceof ApiError && e.field === 'confirmVacancy';

/** One member of the cell, with change and removal for those who manage the cell. */
export function MemberLine({ cell, m, manages }: { cell: Cell; m: Member; manages: boolean }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'change' | 'remove' | null>(null);
  return (
    <Stack gap={2} data-testid="cell-member">
      <Group gap={6} wrap="wrap">
        <Text size="sm">
          {m.name} — {t(`prevention.role.${m.role}`)}, {m.orgName} {m.core && <Badge size="xs" variant="light">{t('prevention.cells.core')}</Badge>}
        </Text>
        {manages && (
          <>
            <Anchor size="xs" component="button" onClick={() => setMode(mode === 'change' ? null : 'change')} data-testid="change-member">{t('prevention.members.change')}</Anchor>
            <Anchor size="xs" c="red" component="button" onClick={() => setMode(mode === 'remove' ? null : 'remove')} data-testid="remove-member">{t('prevention.members.remove')}</Anchor>
          </>
        )}
      </Group>
      {mode === 'change' && <ChangeMemberForm cell={cell} m={m} onDone={() => setMode(null)} />}
      {mode === 'remove' && <RemoveMemberForm cell={cell} m={m} onDone={() => setMode(null)} />}
    </Stack>
  );
}

function ChangeMemberForm({ cell, m, onDone }: { cell: Cell; m: Member; onDone: () => void }) {
  const { t } = useTranslation();
  const people = useQuery({ queryKey: ['prevention-people'], queryFn: () => api.get<Person[]>('/api/prevention/people') });
  const orgs = new Map<string, string>([[m.orgId, m.orgName], ...(people.data ?? []).map((p) => [p.orgId, p.orgName] as [string, string])]);
  const [role, setRole] = useState<string | null>(m.role);
  const [orgId, setOrg] = useState<string | null>(m.orgId);
  const [reason, setReason] = useState('');
  const [confirm, setConfirm] = useState(false);
  const act = useAct(() => api.put<Cell>(`/api/prevention/members/${m.id}`, { role, orgId, ...(reason ? { reason } : {}), ...(confirm ? { confirmVacancy: true } : {}) }), [['prevention-cell', cell.id], ['prevention-cells']], onDone);
  return (
    <Stack gap={4} pl="sm" data-testid="change-member-form">
      <Group align="end" gap="xs" wrap="wrap">
        <Select w={180} label={t('prevention.cells.role')} data={MEMBER_ROLES.map((r) => ({ value: r, label: t(`prevention.role.${r}`) }))} value={role} onChange={setRole} data-testid="change-member-role" />
        <Select w={240} label={t('prevention.members.organisation')} data={[...orgs].map(([value, label]) => ({ value, label }))} value={orgId} onChange={setOrg} searchable data-testid="change-member-org" />
        <TextInput label={t('prevention.members.reasonOptional')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
      </Group>
      {needsConfirmation(act.error) && <Checkbox label={t('prevention.members.confirmVacancy')} checked={confirm} onChange={(e) => setConfirm(e.currentTarget.checked)} data-testid="confirm-vacancy" />}
      <ActError error={act.error} />
      <Group gap="xs">
        <Button size="xs" onClick={() => act.mutate(undefined)} loading={act.isPending} data-testid="save-member">{t('common.save')}</Button>
        <Button size="xs" variant="subtle" onClick={onDone}>{t('common.cancel')}</Button>
      </Group>
    </Stack>
  );
}

function RemoveMemberForm({ cell, m, onDone }: { cell: Cell; m: Member; onDone: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [confirm, setConfirm] = useState(false);
  const act = useAct(() => api.post<Cell | null>(`/api/prevention/members/${m.id}/removal`, { reason, ...(confirm ? { confirmVacancy: true } : {}) }), [['prevention-cell', cell.id], ['prevention-cells'], ['prevention-cases']], onDone);
  return (
    <Stack gap={4} pl="sm" data-testid="remove-member-form">
      <Text size="xs" c="dimmed">{t('prevention.members.removeHelp', { name: m.name })}</Text>
      <TextInput label={t('prevention.members.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-testid="remove-member-reason" />
      {needsConfirmation(act.error) && <Checkbox label={t('prevention.members.confirmVacancy')} checked={confirm} onChange={(e) => setConfirm(e.currentTarget.checked)} data-testid="confirm-vacancy" />}
      <ActError error={act.error} />
      <Group gap="xs">
        <Button size="xs" color="red" onClick={() => act.mutate(undefined)} loading={act.isPending} data-testid="confirm-remove-member">{t('prevention.members.removeButton')}</Button>
        <Button size="xs" variant="subtle" onClick={onDone}>{t('common.cancel')}</Button>
      </Group>
    </Stack>
  );
}

/** Former members and the membership history of the cell (folded away until asked). */
export function MembershipHistory({ cell }: { cell: Cell }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (cell.history.length === 0 && cell.formerMembers.length === 0) return null;
  const role = (r: string | null) => (r ? t(`prevention.role.${r}`) : '');
  return (
    <Stack gap={2} mt={4}>
      <Anchor size="xs" component="button" onClick={() => setOpen(!open)} data-testid="membership-history-toggle">
        {t('prevention.members.history', { count: cell.formerMembers.length })}
      </Anchor>
      {open && (
        <Stack gap={2} data-testid="membership-history">
          {cell.formerMembers.map((m) => (
            <Text key={m.id} size="xs" c="dimmed" data-testid="former-member">
              {t('prevention.members.former', { name: m.name, role: role(m.role), org: m.orgName, date: formatDate(m.removedAt) })}
            </Text>
          ))}
          {cell.history.map((h) => (
            <Text key={h.id} size="xs" data-testid="membership-change">
              {h.at.slice(0, 10)} · {h.name}: {t(`prevention.members.kind.${h.kind}`, { from: role(h.fromRole), to: role(h.toRole), fromOrg: h.fromOrgName ?? '', toOrg: h.toOrgName ?? '' })}
              {h.reason ? ` — ${h.reason}` : ''}
              {h.vacancies.length > 0 && ` (${t('prevention.members.vacancies', { roles: h.vacancies.map((v) => (v === 'coordinator' ? t('prevention.cells.coordinator') : role(v))).join(', ') })})`}
              {` · ${t('prevention.members.by', { name: h.byName })}`}
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
