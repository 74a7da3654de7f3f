/** Corrections of a programme by the organisation that runs it: its fields and dates, a partner (changed or removed), a session (date, topic, who led it). */
import { Anchor, Button, Group, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.ts';
import { ActError, useAct, useMunicipalities } from './common.tsx';
import { PARTNER_KINDS, type Programme } from './types.ts';
import { DateField } from '../../components/DateField.tsx';
import { formatDate } from '../../lib/format.ts';

const KINDS = ['deradicalisation', 'reintegration'] as const;

export function ProgrammeEditForm({ p, onDone }: { p: Programme; onDone: () => void }) {
  const { t } = useTranslation();
  const municipalities = useMunicipalities();
  const [name, setName] = useState(p.name);
  const [kind, setKind] = useState<string | null>(p.kind);
  const [nisCode, setNis] = useState<string | null>(p.nisCode);
  const [description, setDescription] = useState(p.description);
  const [startsOn, setStart] = useState(p.startsOn ?? '');
  const [endsOn, setEnd] = useState(p.endsOn ?? '');
  const act = useAct(
    () => api.put<Programme>(`/api/prevention/programmes/${p.id}`, { name, kind, nisCode, description, startsOn: startsOn || null, endsOn: endsOn || null }),
    [['prevention-programme', p.id], ['prevention-programmes']],
    onDone,
  );
  return (
    <Stack gap={4} data-testid="edit-programme">
      <Group grow align="start" wrap="wrap">
        <TextInput label={t('prevention.programmes.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} data-testid="edit-programme-name" />
        <Select label={t('prevention.programmes.kindLabel')} data={KINDS.map((k) => ({ value: k, label: t(`prevention.programmes.kind.${k}`) }))} value={kind} onChange={setKind} />
        <Select label={t('prevention.programmes.municipality')} data={municipalities} value={nisCode} onChange={setNis} searchable limit={30} />
      </Group>
      <Group grow wrap="wrap">
        <DateField label={t('prevention.programmes.startsOn')} value={startsOn} onChange={setStart} data-testid="edit-programme-start" />
        <DateField label={t('prevention.programmes.endsOn')} value={endsOn} onChange={setEnd} data-testid="edit-programme-end" />
      </Group>
      <Textarea label={t('prevention.programmes.description')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} autosize minRows={2} />
      <ActError error={act.error} />
      <Group gap="xs">
        <Button size="xs" onClick={() => act.mutate(undefined)} loading={act.isPending} data-testid="save-programme">{t('common.save')}</Button>
        <Button size="xs" variant="subtle" onClick={onDone}>{t('common.cancel')}</Button>
      </Group>
    </Stack>
  );
}

/** A partner line; the running organisation corrects or removes it. */
export function PartnerLine({ p, x }: { p: Programme; x: Programme['partners'][number] }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(x.name);
  const [kind, setKind] = useState<string | null>(x.kind);
  const [contact, setContact] = useState(x.contact);
  const refresh = [['prevention-programme', p.id]];
  const save = useAct(() => api.put(`/api/prevention/partners/${x.id}`, { name, kind, contact }), refresh, () => setEditing(false));
  const remove = useAct(() => api.del(`/api/prevention/partners/${x.id}`), refresh);
  const label = `${x.name} (${t(`prevention.programmes.partnerKind.${x.kind}`)})${x.contact ? ` · ${x.contact}` : ''}`;
  if (!p.canWrite) return <Text size="sm">{label}</Text>;
  return (
    <Stack gap={2} data-testid="partner">
      <Group gap={6}>
        <Text size="sm">{label}</Text>
        <Anchor size="xs" component="button" onClick={() => setEditing(!editing)} data-testid="edit-partner">{t('common.edit')}</Anchor>
        <Anchor size="xs" c="red" component="button" onClick={() => remove.mutate(undefined)} data-testid="remove-partner">{t('prevention.programmes.removePartner')}</Anchor>
      </Group>
      <ActError error={remove.error} />
      {editing && (
        <Group align="end" gap="xs" wrap="wrap">
          <TextInput label={t('prevention.programmes.partnerName')} value={name} onChange={(e) => setName(e.currentTarget.value)} />
          <Select w={160} label={t('prevention.programmes.partnerKindLabel')} data={PARTNER_KINDS.map((k) => ({ value: k, label: t(`prevention.programmes.partnerKind.${k}`) }))} value={kind} onChange={setKind} />
          <TextInput label={t('prevention.programmes.contact')} value={contact} onChange={(e) => setContact(e.currentTarget.value)} />
          <Button size="xs" onClick={() => save.mutate(undefined)} loading={save.isPending} data-testid="save-partner">{t('common.save')}</Button>
          <ActError error={save.error} />
        </Group>
      )}
    </Stack>
  );
}

/** A session line; the running organisation corrects its date, topic and who led it. */
export function SessionLine({ p, s }: { p: Programme; s: Programme['sessions'][number] }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [heldOn, setHeld] = useState(s.heldOn);
  const [topic, setTopic] = useState(s.topic);
  const [partnerId, setPartner] = useState<string | null>(s.partnerId);
  const save = useAct(() => api.put(`/api/prevention/sessions/${s.id}`, { heldOn, topic, partnerId }), [['prevention-programme', p.id]], () => setEditing(false));
  const led = p.partners.find((x) => x.id === s.partnerId)?.name;
  return (
    <Stack gap={2} data-testid="session">
      <Group gap={6}>
        <Text size="sm">{formatDate(s.heldOn)} · {s.topic}{led ? ` · ${led}` : ''} · {s.present}/{s.present + s.absent}</Text>
        {p.canWrite && <Anchor size="xs" component="button" onClick={() => setEditing(!editing)} data-testid="edit-session">{t('common.edit')}</Anchor>}
      </Group>
      {editing && (
        <Group align="end" gap="xs" wrap="wrap">
          <DateField w={170} label={t('prevention.programmes.heldOn')} value={heldOn} onChange={setHeld} />
          <TextInput label={t('prevention.programmes.topic')} value={topic} onChange={(e) => setTopic(e.currentTarget.value)} data-testid="edit-session-topic" />
          <Select w={200} label={t('prevention.programmes.ledBy')} data={p.partners.map((x) => ({ value: x.id, label: x.name }))} value={partnerId} onChange={setPartner} clearable />
          <Button size="xs" onClick={() => save.mutate(undefined)} loading={save.isPending} data-testid="save-session">{t('common.save')}</Button>
          <ActError error={save.error} />
        </Group>
      )}
    </Stack>
  );
}
