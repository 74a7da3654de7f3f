/**
 * A programme's theory of change on the programme's screen: the chain activities → outputs → outcomes,
 * measured by indicators, with the reasoning behind it. Until the programme has its own, its type's
 * theory is shown as a proposal that the running organisation can save as the first version. Every
 * save is a new version (sent with the version read last; a 409 means someone else saved meanwhile),
 * and the history lists the versions newest first, each viewable. Only the organisation that runs the
 * programme sees the edit buttons (the API's canEdit).
 */
import { ActionIcon, Alert, Anchor, Badge, Button, Flex, Group, List, MultiSelect, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ErrorState, Loading } from '../../components/States.tsx';
import { api, ApiError, type ApiBody, type ApiOk } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { serverErrors, type FieldErrors } from '../../lib/validation.ts';
import { ActError, useAct } from './common.tsx';

type Theory = ApiOk<'/api/prevention/programmes/{id}/theory', 'get'>;
type TheoryHistory = ApiOk<'/api/prevention/programmes/{id}/theory/history', 'get'>;
type TheoryVersion = TheoryHistory['versions'][number];
type TheoryBody = ApiBody<'/api/prevention/programmes/{id}/theory', 'put'>;
type Indicator = ApiOk<'/api/evaluation/indicators', 'get'>[number];
type IndicatorRef = Theory['indicators'][number];

const LEVELS = ['activities', 'outputs', 'outcomes'] as const;
type Level = (typeof LEVELS)[number];
/** The API's limits (programme-theory.presenter.ts), checked before sending so the field is named at once. */
const MAX_STEPS = 30;
const MAX_STEP = 500;
const MAX_RATIONALE = 3000;

const theoryUrl = (id: string) => `/api/prevention/programmes/${id}/theory`;
const theoryKey = (id: string) => ['prevention-programme-theory', id];
const historyKey = (id: string) => ['prevention-programme-theory-history', id];

/** The theory panel of one programme. */
export function ProgrammeTheory({ programmeId }: { programmeId: string }) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: theoryKey(programmeId), queryFn: () => api.get<Theory>(theoryUrl(programmeId)) });
  const history = useQuery({ queryKey: historyKey(programmeId), queryFn: () => api.get<TheoryHistory>(`${theoryUrl(programmeId)}/history`) });
  // The theory as read when editing began: the form starts from it and sends its version back.
  const [editing, setEditing] = useState<Theory | null>(null);
  const [viewing, setViewing] = useState<number | null>(null);
  const refresh = [theoryKey(programmeId), historyKey(programmeId)];
  const start = useAct(
    (th: Theory) => api.put<Theory>(theoryUrl(programmeId), { version: 0, activities: th.activities, outputs: th.outputs, outcomes: th.outcomes, indicatorIds: th.indicatorIds, rationale: th.rationale, startedFromType: true } satisfies TheoryBody),
    refresh,
  );
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  const th = q.data;
  const typeName = t(`prevention.programmes.kind.${th.programmeType}`, { defaultValue: th.programmeType });
  const old = viewing === null ? null : (history.data?.versions.find((v) => v.version === viewing) ?? null);
  const by = (v: { updatedBy: string | null; updatedAt: string | null }) => ({ by: v.updatedBy ?? '—', at: formatDateTime(v.updatedAt, i18n.language) });

  const reload = async () => {
    await Promise.all(refresh.map((k) => qc.invalidateQueries({ queryKey: k })));
    const fresh = await qc.fetchQuery({ queryKey: theoryKey(programmeId), queryFn: () => api.get<Theory>(theoryUrl(programmeId)) });
    setEditing(fresh);
  };

  return (
    <Paper withBorder p="sm" mt="sm" data-testid="programme-theory">
      <Group justify="space-between" wrap="wrap">
        <Title order={4}>{t('prevention.theory.title')}</Title>
        {th.canEdit && !editing && old === null && th.source !== 'type' && (
          <Button size="xs" variant="light" onClick={() => setEditing(th)} data-testid="edit-theory">
            {th.source === 'none' ? t('prevention.theory.write') : t('prevention.theory.edit')}
          </Button>
        )}
      </Group>
      <Text size="xs" c="dimmed">{t('prevention.theory.help')}</Text>

      {editing ? (
        <TheoryForm key={`${editing.version}-${editing.updatedAt ?? ''}`} programmeId={programmeId} base={editing} onDone={() => setEditing(null)} onReload={() => void reload()} />
      ) : old ? (
        <Stack gap="xs" mt="xs">
          <Alert color="gray" data-testid="theory-viewing">
            <Group justify="space-between" wrap="wrap">
              <Text size="sm">{t('prevention.theory.viewing', { version: old.version, ...by(old) })}</Text>
              <Button size="xs" variant="subtle" onClick={() => setViewing(null)} data-testid="theory-back">{t('prevention.theory.backToCurrent')}</Button>
            </Group>
          </Alert>
          <TheoryChain theory={old} indicators={old.indicatorIds.map((id) => th.indicators.find((i) => i.id === id) ?? { id, code: null, name: null })} />
        </Stack>
      ) : (
        <Stack gap="xs" mt="xs">
          {th.source === 'type' && (
            <Alert color="yellow" data-testid="theory-proposal" title={t('prevention.theory.proposalTitle')}>
              <Stack gap={6}>
                <Text size="sm">{t('prevention.theory.proposal', { type: typeName })}</Text>
                {th.canEdit && (
                  <Group gap="xs">
                    <Button size="xs" onClick={() => start.mutate(th)} loading={start.isPending} data-testid="start-from-type">{t('prevention.theory.startFromType')}</Button>
                    <Button size="xs" variant="subtle" onClick={() => setEditing(th)} data-testid="adapt-type-theory">{t('prevention.theory.adapt')}</Button>
                    <Text size="xs" c="dimmed">{t('prevention.theory.startHelp')}</Text>
                  </Group>
                )}
                <ActError error={start.error} />
              </Stack>
            </Alert>
          )}
          {th.source === 'none' && <Text size="sm" c="dimmed" data-testid="theory-none">{t('prevention.theory.none')}</Text>}
          {th.source === 'programme' && (
            <Group gap="xs" data-testid="theory-current">
              <Badge variant="light">{t('prevention.theory.version', { version: th.version })}</Badge>
              <Text size="sm">{t('prevention.theory.savedBy', by(th))}</Text>
              {th.basedOnType && <Text size="xs" c="dimmed">{t('prevention.theory.basedOnType', { type: t(`prevention.programmes.kind.${th.basedOnType}`, { defaultValue: th.basedOnType }) })}</Text>}
            </Group>
          )}
          {th.source !== 'none' && <TheoryChain theory={th} indicators={th.indicators} />}
        </Stack>
      )}

      <TheoryHistoryList history={history} current={th.version} viewing={viewing} onView={(v) => { setEditing(null); setViewing(v === th.version ? null : v); }} />
    </Paper>
  );
}

/** The chain, one column per level with arrows between them, then the indicators and the reasoning. */
function TheoryChain({ theory, indicators }: { theory: Pick<Theory, Level | 'rationale'>; indicators: IndicatorRef[] }) {
  const { t } = useTranslation();
  const columns: Array<{ key: string; items: string[] }> = [
    ...LEVELS.map((k) => ({ key: k, items: theory[k] })),
    { key: 'indicators', items: indicators.map((i) => indicatorLabel(i, t)) },
  ];
  return (
    <Stack gap="xs">
      <Flex direction={{ base: 'column', md: 'row' }} gap="xs" align="stretch" data-testid="theory-chain">
        {columns.map((c, n) => (
          <Flex key={c.key} direction={{ base: 'column', md: 'row' }} gap="xs" align="center" style={{ flex: 1, minWidth: 0 }}>
            {n > 0 && (
              <Text c="dimmed" fw={700} role="img" aria-label={t(c.key === 'indicators' ? 'prevention.theory.measuredBy' : 'prevention.theory.leadsTo')}>
                <span aria-hidden="true"><Text span hiddenFrom="md">↓</Text><Text span visibleFrom="md">→</Text></span>
              </Text>
            )}
            <Paper withBorder p="xs" style={{ flex: 1, alignSelf: 'stretch', minWidth: 0 }} bg={c.key === 'indicators' ? 'var(--mantine-color-gray-0)' : undefined} data-testid={`theory-column-${c.key}`}>
              <Text size="xs" fw={700} tt="uppercase" c="dimmed">{t(`prevention.theory.level.${c.key}`)}</Text>
              {c.items.length === 0 ? (
                <Text size="sm" c="dimmed">{t('prevention.theory.noSteps')}</Text>
              ) : (
                <List size="sm" spacing={2} type="ordered">
                  {c.items.map((s, i) => <List.Item key={`${i}-${s}`} data-testid="theory-step">{s}</List.Item>)}
                </List>
              )}
            </Paper>
          </Flex>
        ))}
      </Flex>
      {theory.rationale && (
        <div data-testid="theory-rationale">
          <Text size="xs" fw={700} c="dimmed">{t('prevention.theory.rationale')}</Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{theory.rationale}</Text>
        </div>
      )}
    </Stack>
  );
}

function indicatorLabel(i: { id: string; code: string | null; name: string | null }, t: TFunction): string {
  if (!i.name) return t('prevention.theory.unknownIndicator', { id: i.id });
  return i.code ? `${i.code} · ${i.name}` : i.name;
}

/** Every saved version, newest first (as the API sends them), each viewable. */
function TheoryHistoryList({ history, current, viewing, onView }: { history: { data?: TheoryHistory; isPending: boolean; error: unknown }; current: number; viewing: number | null; onView: (v: number) => void }) {
  const { t, i18n } = useTranslation();
  const versions = history.data?.versions ?? [];
  return (
    <Stack gap={4} mt="sm" data-testid="theory-history">
      <Text fw={600} size="sm">{t('prevention.theory.history')}</Text>
      {history.error ? <ActError error={history.error} /> : null}
      {!history.isPending && !history.error && versions.length === 0 && <Text size="sm" c="dimmed">{t('prevention.theory.historyEmpty')}</Text>}
      {versions.map((v: TheoryVersion) => {
        const shown = viewing === null ? v.version === current : v.version === viewing;
        return (
          <Group key={v.version} gap="xs" data-testid="theory-version" data-version={v.version}>
            <Badge variant={shown ? 'filled' : 'light'} size="sm">{t('prevention.theory.version', { version: v.version })}</Badge>
            <Text size="sm">{t('prevention.theory.savedBy', { by: v.updatedBy, at: formatDateTime(v.updatedAt, i18n.language) })}</Text>
            {v.version === current && <Text size="xs" c="dimmed">{t('prevention.theory.latest')}</Text>}
            {!shown && (
              <Anchor size="xs" component="button" onClick={() => onView(v.version)} data-testid="view-theory-version">
                {v.version === current ? t('prevention.theory.backToCurrent') : t('prevention.theory.view')}
              </Anchor>
            )}
          </Group>
        );
      })}
    </Stack>
  );
}

/** A field key of the body ("outcomes.1", "indicatorIds.0") in words ("Outcomes, step 2"). */
function fieldName(key: string, t: TFunction): string {
  const [root, index] = key.split('.');
  const level = root === 'indicatorIds' ? 'indicators' : root;
  const label = level && ['activities', 'outputs', 'outcomes', 'indicators', 'rationale', 'version'].includes(level) ? t(`prevention.theory.level.${level}`) : key;
  return index !== undefined && /^\d+$/.test(index) ? t('prevention.theory.step', { level: label, n: Number(index) + 1 }) : label;
}

/** The problems the API would refuse, keyed as the API names its fields. */
function check(d: Record<Level, string[]>, rationale: string, t: TFunction): FieldErrors {
  const errors: FieldErrors = {};
  for (const level of LEVELS) {
    if (d[level].length > MAX_STEPS) errors[level] = t('prevention.theory.tooMany', { max: MAX_STEPS });
    d[level].forEach((s, i) => {
      if (!s.trim()) errors[`${level}.${i}`] = t('validation.required');
      else if (s.trim().length > MAX_STEP) errors[`${level}.${i}`] = t('validation.tooLong', { max: MAX_STEP });
    });
  }
  if (LEVELS.every((l) => d[l].length === 0)) errors.activities = t('prevention.theory.atLeastOne');
  if (rationale.trim().length > MAX_RATIONALE) errors.rationale = t('validation.tooLong', { max: MAX_RATIONALE });
  return errors;
}

/** The edit form: steps per level (add, change, move up, remove), the indicators and the reasoning. */
function TheoryForm({ programmeId, base, onDone, onReload }: { programmeId: string; base: Theory; onDone: () => void; onReload: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const indicators = useQuery({ queryKey: ['evaluation-indicators'], queryFn: () => api.get<Indicator[]>('/api/evaluation/indicators') });
  const [steps, setSteps] = useState<Record<Level, string[]>>({ activities: [...base.activities], outputs: [...base.outputs], outcomes: [...base.outcomes] });
  const [indicatorIds, setIndicatorIds] = useState<string[]>([...base.indicatorIds]);
  const [rationale, setRationale] = useState(base.rationale);
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useAct(
    (b: TheoryBody) => api.put<Theory>(theoryUrl(programmeId), b),
    [theoryKey(programmeId), historyKey(programmeId)],
    (saved) => {
      qc.setQueryData(theoryKey(programmeId), saved);
      onDone();
    },
  );
  const conflict = save.error instanceof ApiError && save.error.status === 409;
  const shown: FieldErrors = { ...errors, ...(save.error && !conflict ? serverErrors(save.error, t) : {}) };
  const setLevel = (level: Level, next: string[]) => setSteps((s) => ({ ...s, [level]: next }));
  const submit = () => {
    save.reset();
    const found = check(steps, rationale, t);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    save.mutate({ version: base.version, activities: steps.activities.map((s) => s.trim()), outputs: steps.outputs.map((s) => s.trim()), outcomes: steps.outcomes.map((s) => s.trim()), indicatorIds, rationale: rationale.trim(), startedFromType: base.source === 'type' });
  };
  // Indicators the form holds but the registry no longer lists stay selectable, so removing them is possible.
  const options = [
    ...(indicators.data ?? []).map((i) => ({ value: i.id, label: indicatorLabel(i, t) })),
    ...base.indicators.filter((i) => !indicators.data?.some((k) => k.id === i.id)).map((i) => ({ value: i.id, label: indicatorLabel(i, t) })),
  ];
  const indicatorError = Object.entries(shown).find(([k]) => k === 'indicatorIds' || k.startsWith('indicatorIds.'))?.[1];
  return (
    <Stack gap="sm" mt="xs" data-testid="theory-form">
      {base.source === 'type' && <Text size="sm" c="dimmed">{t('prevention.theory.editingProposal')}</Text>}
      <Flex direction={{ base: 'column', md: 'row' }} gap="sm" align="stretch">
        {LEVELS.map((level) => (
          <Stack key={level} gap={4} style={{ flex: 1, minWidth: 0 }} data-testid={`theory-edit-${level}`}>
            <Text size="sm" fw={600}>{t(`prevention.theory.level.${level}`)}</Text>
            {shown[level] && <Text size="xs" c="red" role="alert">{shown[level]}</Text>}
            {steps[level].map((s, i) => {
              const label = t('prevention.theory.step', { level: t(`prevention.theory.level.${level}`), n: i + 1 });
              return (
                <Group key={i} gap={4} wrap="nowrap" align="start">
                  <TextInput
                    style={{ flex: 1 }}
                    aria-label={label}
                    value={s}
                    onChange={(e) => setLevel(level, steps[level].map((x, j) => (j === i ? e.currentTarget.value : x)))}
                    error={shown[`${level}.${i}`]}
                    data-testid={`theory-${level}-${i}`}
                  />
                  <ActionIcon variant="subtle" aria-label={t('prevention.theory.moveUp', { label })} disabled={i === 0} onClick={() => setLevel(level, steps[level].map((x, j) => (j === i - 1 ? steps[level][i]! : j === i ? steps[level][i - 1]! : x)))}>↑</ActionIcon>
                  <ActionIcon variant="subtle" color="red" aria-label={t('prevention.theory.removeStep', { label })} onClick={() => setLevel(level, steps[level].filter((_, j) => j !== i))} data-testid={`theory-remove-${level}-${i}`}>×</ActionIcon>
                </Group>
              );
            })}
            <Group>
              <Button size="xs" variant="subtle" onClick={() => setLevel(level, [...steps[level], ''])} disabled={steps[level].length >= MAX_STEPS} data-testid={`theory-add-${level}`}>
                {t(`prevention.theory.add.${level}`)}
              </Button>
            </Group>
          </Stack>
        ))}
      </Flex>
      <MultiSelect
        label={t('prevention.theory.indicatorsLabel')}
        description={t('prevention.theory.indicatorsHelp')}
        data={options}
        value={indicatorIds}
        onChange={setIndicatorIds}
        searchable
        maxValues={MAX_STEPS}
        error={indicatorError}
        data-testid="theory-indicators"
      />
      <Textarea label={t('prevention.theory.rationale')} value={rationale} onChange={(e) => setRationale(e.currentTarget.value)} autosize minRows={2} error={shown.rationale} data-testid="theory-rationale-input" />
      {conflict && (
        <Alert color="orange" role="alert" data-testid="theory-conflict" title={t('prevention.theory.conflictTitle')}>
          <Stack gap={6}>
            <Text size="sm">{t('prevention.theory.conflict')}</Text>
            <Group><Button size="xs" variant="light" onClick={onReload} data-testid="reload-theory">{t('prevention.theory.reload')}</Button></Group>
          </Stack>
        </Alert>
      )}
      {Object.keys(shown).length > 0 && (
        <Alert color="red" role="alert" data-testid="theory-errors" title={t('prevention.theory.errorsTitle')}>
          <List size="sm">
            {Object.entries(shown).map(([k, v]) => <List.Item key={k}>{k === '_' ? v : `${fieldName(k, t)}: ${v}`}</List.Item>)}
          </List>
        </Alert>
      )}
      <Group gap="xs">
        <Button size="xs" onClick={submit} loading={save.isPending} data-testid="save-theory">{t('prevention.theory.save', { version: base.version + 1 })}</Button>
        <Button size="xs" variant="subtle" onClick={onDone}>{t('common.cancel')}</Button>
      </Group>
    </Stack>
  );
}
