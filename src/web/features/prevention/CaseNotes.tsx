/**
 * Contributions with their source and sharing level (the reader sees only what reaches them) and the
 * feedback sheet to the police with each participant's consent.
 */
import { Badge, Button, Checkbox, Group, Paper, SegmentedControl, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.ts';
import { ActError, SharingBadge, useAct } from './common.tsx';
import type { CaseDetail, Sheet } from './types.ts';

export function CaseNotes({ c }: { c: CaseDetail }) {
  const { t } = useTranslation();
  return (
    <>
      <Paper withBorder p="sm" data-testid="contributions">
        <Title order={4}>{t('prevention.case.contributions')}</Title>
        {c.contributions.length === 0 && <Text size="sm" c="dimmed">{t('prevention.case.noContributions')}</Text>}
        <Stack gap="xs">
          {c.contributions.map((n) => (
            <Paper key={n.id} withBorder p="xs" data-testid="contribution">
              <Group gap="xs">
                <SharingBadge sharing={n.sharing} />
                {n.kind === 'conclusion' && <Badge size="sm" variant="light">{t('prevention.case.conclusion')}</Badge>}
                <Text size="xs" c="dimmed" data-testid="source">{t('prevention.case.from', { name: n.name, role: t(`prevention.role.${n.role}`), org: n.orgName })}</Text>
              </Group>
              <Text size="sm" data-testid="contribution-text">{n.text}</Text>
            </Paper>
          ))}
        </Stack>
        {c.me.participant && c.stage !== 'exit' && <AddContribution c={c} />}
      </Paper>
      <Paper withBorder p="sm" data-testid="feedback">
        <Title order={4}>{t('prevention.sheet.title')}</Title>
        <Text size="sm" c="dimmed">{t('prevention.sheet.help')}</Text>
        {c.feedback.length === 0 && <Text size="sm">{t('prevention.sheet.none')}</Text>}
        {c.feedback.map((s) => <SheetView key={s.id} c={c} s={s} />)}
        {c.me.participant && <DraftSheet c={c} />}
      </Paper>
    </>
  );
}

function AddContribution({ c }: { c: CaseDetail }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [sharing, setSharing] = useState('own_service');
  const [kind, setKind] = useState<string | null>('note');
  const act = useAct(() => api.post(`/api/prevention/cases/${c.id}/contributions`, { text, sharing, kind }), [['prevention-case', c.id]], () => setText(''));
  return (
    <Stack gap={4} mt="sm" data-testid="add-contribution">
      <Text fw={600} size="sm">{t('prevention.case.add')}</Text>
      <Textarea label={t('prevention.case.text')} value={text} onChange={(e) => setText(e.currentTarget.value)} autosize minRows={2} data-testid="contribution-input" />
      <SegmentedControl fullWidth orientation="vertical" value={sharing} onChange={setSharing} data={(['own_service', 'cell', 'secrecy'] as const).map((v) => ({ value: v, label: t(`prevention.sharing.${v}`) }))} data-testid="sharing-level" />
      <Text size="xs" c="dimmed">{t(`prevention.sharingHelp.${sharing}`)}</Text>
      <Group align="end">
        <Select w={160} label={t('prevention.case.kind')} data={[{ value: 'note', label: t('prevention.case.note') }, { value: 'conclusion', label: t('prevention.case.conclusion') }]} value={kind} onChange={setKind} />
        <Button onClick={() => act.mutate(undefined)} loading={act.isPending} data-testid="add-contribution-button">{t('prevention.case.save')}</Button>
      </Group>
      <ActError error={act.error} />
    </Stack>
  );
}

function SheetView({ c, s }: { c: CaseDetail; s: Sheet }) {
  const { t } = useTranslation();
  const refresh = [['prevention-case', c.id]];
  const decide = useAct((decision: string) => api.post(`/api/prevention/feedback/${s.id}/decision`, { decision }), refresh);
  const send = useAct(() => api.post(`/api/prevention/feedback/${s.id}/send`), refresh);
  const mine = c.me.memberId ? s.consents.find((x) => x.memberId === c.me.memberId)?.decision : undefined;
  return (
    <Paper withBorder p="xs" mt="xs" data-testid="sheet">
      <Group gap="xs">
        <Badge color={s.state === 'sent' ? 'green' : 'yellow'} data-testid="sheet-state">{s.state === 'sent' ? t('prevention.sheet.sent', { when: s.sentAt?.slice(0, 10) }) : t('prevention.sheet.draftState')}</Badge>
        {s.state === 'draft' && s.missing.length > 0 && <Text size="xs">{t('prevention.sheet.missing', { count: s.missing.length })}</Text>}
      </Group>
      <Text size="sm"><b>{t('prevention.sheet.summary')}:</b> {s.texts.summary}</Text>
      {s.texts.advice && <Text size="sm"><b>{t('prevention.sheet.advice')}:</b> {s.texts.advice}</Text>}
      {s.contributionIds.map((id) => <Text key={id} size="sm" fs="italic">“{c.contributions.find((n) => n.id === id)?.text ?? '…'}”</Text>)}
      <Stack gap={0} mt={4} data-testid="consents">
        {c.participants.map((m) => {
          const d = s.consents.find((x) => x.memberId === m.memberId)?.decision;
          return (
            <Text key={m.memberId} size="xs" data-testid="consent-row">
              {m.name} ({m.orgName}): {d === 'consent' ? t('prevention.sheet.consented') : d === 'refuse' ? t('prevention.sheet.refusedBy') : t('prevention.sheet.waiting')}
            </Text>
          );
        })}
      </Stack>
      {s.state === 'draft' && c.me.participant && (
        <Group mt="xs">
          {mine !== 'consent' && <Button size="xs" onClick={() => decide.mutate('consent')} data-testid="consent">{t('prevention.sheet.consent')}</Button>}
          {mine !== 'refuse' && <Button size="xs" variant="light" color="red" onClick={() => decide.mutate('refuse')}>{t('prevention.sheet.refuse')}</Button>}
          {c.me.coordinator && <Button size="xs" color="green" onClick={() => send.mutate(undefined)} data-testid="send-sheet">{t('prevention.sheet.send')}</Button>}
        </Group>
      )}
      <ActError error={decide.error ?? send.error} />
    </Paper>
  );
}

function DraftSheet({ c }: { c: CaseDetail }) {
  const { t } = useTranslation();
  const [summary, setSummary] = useState('');
  const [advice, setAdvice] = useState('');
  const [quoted, setQuoted] = useState<string[]>([]);
  const act = useAct(() => api.post(`/api/prevention/cases/${c.id}/feedback`, { texts: { summary, advice }, contributionIds: quoted }), [['prevention-case', c.id]], () => setSummary(''));
  const conclusions = c.contributions.filter((n) => n.sharing === 'cell');
  return (
    <Stack gap={4} mt="sm" data-testid="draft-sheet">
      <Textarea label={t('prevention.sheet.summary')} value={summary} onChange={(e) => setSummary(e.currentTarget.value)} data-testid="sheet-summary" />
      <Textarea label={t('prevention.sheet.advice')} value={advice} onChange={(e) => setAdvice(e.currentTarget.value)} data-testid="sheet-advice" />
      {conclusions.length > 0 && (
        <Checkbox.Group label={t('prevention.sheet.quote')} value={quoted} onChange={setQuoted}>
          {conclusions.map((n) => <Checkbox key={n.id} value={n.id} label={n.text} mt={4} />)}
        </Checkbox.Group>
      )}
      <Button variant="light" onClick={() => act.mutate(undefined)} data-testid="draft-sheet-button">{t('prevention.sheet.draft')}</Button>
      <ActError error={act.error} />
    </Stack>
  );
}
