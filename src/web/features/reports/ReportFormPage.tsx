/**
 * Write a report: title, body, date, 4x4 grade, subjects and markings. Safe defaults: no grade is
 * preselected (the writer chooses it), and the markings start as a proposal taken from the report's
 * first subject (distribution, legal basis, purpose) until the writer changes them.
 */
import { Alert, Button, Group, MultiSelect, Paper, Radio, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { reportInput } from '../../../core/contracts.ts';
import { INFO_CREDIBILITY, SOURCE_RELIABILITY } from '../../../core/vocab.ts';
import { defaultMarkings, MarkingsFields, type MarkingsValue } from '../../components/MarkingsFields.tsx';
import { FormError } from '../../components/States.tsx';
import { SubjectPicker } from '../../components/SubjectPicker.tsx';
import { api } from '../../lib/api.ts';
import { todayIso } from '../../lib/format.ts';
import { linkProps, navigate, useLocation } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { isHit, type Markings, type Report, type SubjectAnswer } from '../../lib/types.ts';
import { scoped, serverErrors, validate, type FieldErrors } from '../../lib/validation.ts';
import { DateField } from '../../components/DateField.tsx';

export default function ReportFormPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const qc = useQueryClient();
  const loc = useLocation();
  const preset = loc.query.get('subject');
  const presetQ = useQuery({ queryKey: ['subject', preset], queryFn: () => api.get<SubjectAnswer>(`/api/subjects/${preset}`), enabled: !!preset });
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [reportedOn, setReportedOn] = useState(todayIso());
  const [rel, setRel] = useState<string | null>(null);
  const [cred, setCred] = useState<string | null>(null);
  const [extra, setExtra] = useState<Array<{ id: string; label: string }>>([]);
  const [pick, setPick] = useState<string | null>(null);
  const [markings, setMarkings] = useState<MarkingsValue>(defaultMarkings);
  const [markingsTouched, setMarkingsTouched] = useState(false);
  const [proposedFrom, setProposedFrom] = useState<{ id: string; name: string } | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const subjectIds = [...(preset ? [preset] : []), ...extra.map((e) => e.id)];

  // The first subject's markings are the proposal, until the writer edits the markings themselves.
  const sourceId = subjectIds[0] ?? null;
  const sourceQ = useQuery({ queryKey: ['subject', sourceId], queryFn: () => api.get<SubjectAnswer>(`/api/subjects/${sourceId}`), enabled: !!sourceId && !markingsTouched });
  useEffect(() => {
    const s = sourceQ.data;
    if (!s || isHit(s) || markingsTouched || proposedFrom?.id === s.id) return;
    setMarkings((m) => ({ ...m, ...inheritedMarkings(s.markings, me.organisation.id) }));
    setProposedFrom({ id: s.id, name: s.names[0] ?? s.id });
  }, [sourceQ.data, markingsTouched, proposedFrom, me.organisation.id]);

  const save = useMutation({
    mutationFn: (b: unknown) => api.post<Report>('/api/reports', b),
    onSuccess: (r) => {
      for (const s of r.subjectIds) void qc.invalidateQueries({ queryKey: ['subject', s, 'reports'] });
      navigate(preset ? `/subjects/${preset}` : `/reports/${r.id}`);
    },
    onError: (e) => setErrors(serverErrors(e, t)),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const b = { title: title.trim(), body: body.trim(), reportedOn, sourceReliability: rel, infoCredibility: cred, subjectIds, markings: { ...markings, legalBasis: markings.legalBasis.trim(), purpose: markings.purpose.trim() } };
    const v = validate(reportInput, b, t);
    const gradeErrors: FieldErrors = { ...(rel ? {} : { sourceReliability: t('report.chooseReliability') }), ...(cred ? {} : { infoCredibility: t('report.chooseCredibility') }) };
    if (!v.ok || !rel || !cred) return setErrors({ ...(v.ok ? {} : v.errors), ...gradeErrors });
    if (reportedOn > todayIso()) return setErrors({ reportedOn: t('report.notFuture') });
    setErrors({});
    save.mutate(b);
  };
  const presetLabel = presetQ.data && !isHit(presetQ.data) ? presetQ.data.names[0] : preset;

  return (
    <form onSubmit={submit} noValidate data-testid="report-form">
      <Stack gap="sm">
      <Title order={2}>{t('report.new')}</Title>
      <FormError message={errors._} />
      <Paper withBorder p="sm">
        <Stack gap="sm">
          <TextInput label={t('report.title')} required value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={errors.title} name="title" />
          <Textarea label={t('report.body')} required autosize minRows={5} maxRows={20} value={body} onChange={(e) => setBody(e.currentTarget.value)} error={errors.body} name="body" />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <DateField label={t('report.reportedOn')} required max={todayIso()} value={reportedOn} onChange={setReportedOn} error={errors.reportedOn} />
            <Radio.Group label={t('report.reliability')} required value={rel} onChange={setRel} error={errors.sourceReliability} data-testid="report-reliability">
              <Stack gap={2} mt={4}>
                {SOURCE_RELIABILITY.map((r) => (
                  <Radio key={r} value={r} label={t(`grade.reliability.${r}`)} />
                ))}
              </Stack>
            </Radio.Group>
            <Radio.Group label={t('report.credibility')} required value={cred} onChange={setCred} error={errors.infoCredibility} data-testid="report-credibility">
              <Stack gap={2} mt={4}>
                {INFO_CREDIBILITY.map((c) => (
                  <Radio key={c} value={c} label={t(`grade.credibility.${c}`)} />
                ))}
              </Stack>
            </Radio.Group>
          </SimpleGrid>
          <Text size="sm">
            {t('report.gradeIs')} <b data-testid="report-grade">{rel && cred ? rel + cred : t('report.gradeNone')}</b>
          </Text>
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('report.subjects')}
            </Text>
            {preset && <Text size="sm">• {presetLabel}</Text>}
            {extra.map((s) => (
              <Group key={s.id} gap="xs">
                <Text size="sm">• {s.label}</Text>
                <Button size="compact-xs" variant="subtle" color="gray" onClick={() => setExtra(extra.filter((x) => x.id !== s.id))}>
                  {t('common.remove')}
                </Button>
              </Group>
            ))}
            <SubjectPicker
              label={t('report.addSubject')}
              value={pick}
              exclude={preset ?? undefined}
              onChange={(id, label) => {
                if (id && !subjectIds.includes(id)) setExtra([...extra, { id, label: label ?? id }]);
                setPick(null);
              }}
              error={errors.subjectIds}
            />
          </Stack>
        </Stack>
      </Paper>
      {proposedFrom && !markingsTouched && (
        <Alert color="blue" variant="light" data-testid="markings-proposal">
          {t('report.markingsFrom', { name: proposedFrom.name })}
        </Alert>
      )}
      <MarkingsFields
        value={markings}
        onChange={(v) => {
          setMarkingsTouched(true);
          setMarkings(v);
        }}
        errors={scoped(errors, 'markings')} clearance={me.clearance} orgKind={me.organisation.kind} ownOrgId={me.organisation.id} />
      {Object.keys(errors).length > 0 && !errors._ && <Alert color="red">{t('validation.fixFields', { count: Object.keys(errors).length })}</Alert>}
      <Group justify="flex-end">
        <Button variant="default" component="a" {...linkProps(preset ? `/subjects/${preset}` : '/reports')}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={save.isPending} data-testid="report-save">
          {t('report.create')}
        </Button>
      </Group>
      </Stack>
    </form>
  );
}

/** The part of a subject's markings a new report about it proposes: who sees it, on what legal basis, for what purpose. */
function inheritedMarkings(m: Markings, ownOrgId: string): Pick<MarkingsValue, 'distribution' | 'sharedWith' | 'groupIds' | 'legalBasis' | 'purpose'> {
  const sharedWith = m.sharedWith.filter((id) => id !== ownOrgId);
  const distribution = m.distribution === 'organisations' && sharedWith.length === 0 ? 'organisation' : m.distribution;
  return { distribution, sharedWith, groupIds: m.groupIds, legalBasis: m.legalBasis, purpose: m.purpose };
}
