/** Create or edit a subject: identity, documents, notes and markings, validated as the server does. */
import { ActionIcon, Alert, Button, Fieldset, Group, Paper, SegmentedControl, Select, SimpleGrid, Stack, TagsInput, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { subjectInput } from '../../../core/contracts.ts';
import { FOLLOW_UP_STATUSES, GENDERS, SUBJECT_CATEGORIES } from '../../../core/vocab.ts';
import { defaultMarkings, MarkingsFields, type MarkingsValue } from '../../components/MarkingsFields.tsx';
import { ErrorState, FormError, Loading } from '../../components/States.tsx';
import { api, ApiError } from '../../lib/api.ts';
import { linkProps, navigate } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { isHit, type Subject } from '../../lib/types.ts';
import { scoped, serverErrors, validate, type FieldErrors } from '../../lib/validation.ts';
import { HitNotice } from './SubjectPage.tsx';
import { useSubject } from './useSubject.ts';

interface Form {
  kind: 'person' | 'organisation';
  names: string[];
  birthDate: string;
  nationalities: string[];
  gender: string | null;
  category: string | null;
  followUp: string;
  documents: Array<{ type: string; number: string; country: string }>;
  notes: string;
  markings: MarkingsValue;
}

function emptyForm(): Form {
  return { kind: 'person', names: [''], birthDate: '', nationalities: [], gender: null, category: null, followUp: 'active', documents: [], notes: '', markings: defaultMarkings() };
}

function fromSubject(s: Subject): Form {
  const { ownerOrgId: _o, ownerOrgName: _n, ...m } = s.markings;
  return {
    kind: s.kind === 'organisation' ? 'organisation' : 'person',
    names: s.names.length ? [...s.names] : [''],
    birthDate: s.birthDate ?? '',
    nationalities: [...s.nationalities],
    gender: s.gender,
    category: s.category,
    followUp: s.followUp,
    documents: s.documents.map((d) => ({ type: d.type, number: d.number, country: d.country ?? '' })),
    notes: s.notes,
    markings: { ...m, sharedWith: [...m.sharedWith], groupIds: [...m.groupIds] },
  };
}

function toInput(f: Form) {
  const person = f.kind === 'person';
  return {
    kind: f.kind,
    names: f.names.map((n) => n.trim()),
    birthDate: person && f.birthDate.trim() ? f.birthDate.trim() : null,
    nationalities: f.nationalities.map((n) => n.trim().toUpperCase()),
    gender: person ? f.gender : null,
    category: f.category,
    followUp: f.followUp,
    documents: f.documents.map((d) => ({ type: d.type.trim(), number: d.number.trim(), ...(d.country.trim() ? { country: d.country.trim().toUpperCase() } : {}) })),
    notes: f.notes,
    markings: { ...f.markings, legalBasis: f.markings.legalBasis.trim(), purpose: f.markings.purpose.trim() },
  };
}

export default function SubjectFormPage({ id }: { id?: string }) {
  if (!id) return <SubjectForm />;
  return <EditLoader id={id} />;
}

function EditLoader({ id }: { id: string }) {
  const q = useSubject(id);
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  if (isHit(q.data)) return <HitNotice organisation={q.data.contact.organisation} />;
  return <SubjectForm existing={q.data} />;
}

function SubjectForm({ existing }: { existing?: Subject }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const qc = useQueryClient();
  const [form, setForm] = useState<Form>(() => (existing ? fromSubject(existing) : emptyForm()));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [conflict, setConflict] = useState(false);
  useEffect(() => setConflict(false), [existing?.version]);
  const set = <K extends keyof Form>(k: K, v: Form[K]) => setForm((f) => ({ ...f, [k]: v }));

  const save = useMutation({
    mutationFn: (body: ReturnType<typeof toInput>) =>
      existing ? api.put<Subject>(`/api/subjects/${existing.id}`, { ...body, version: existing.version }) : api.post<Subject>('/api/subjects', body),
    onSuccess: (s) => {
      qc.setQueryData(['subject', s.id], s);
      void qc.invalidateQueries({ queryKey: ['subjects'] });
      navigate(`/subjects/${s.id}`);
    },
    onError: (e) => {
      if (e instanceof ApiError && e.code === 'CONFLICT') setConflict(true);
      setErrors(serverErrors(e, t));
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = toInput(form);
    const v = validate(subjectInput, body, t);
    if (!v.ok) {
      setErrors(v.errors);
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setErrors({});
    save.mutate(body);
  };

  const person = form.kind === 'person';
  return (
    <form onSubmit={submit} noValidate data-testid="subject-form">
      <Stack gap="sm">
      <Title order={2}>{existing ? t('subject.editTitle', { label: existing.names[0] }) : t('subject.new')}</Title>
      {conflict && (
        <Alert color="orange" title={t('errors.conflictTitle')}>
          <Group>
            <Text size="sm">{t('errors.conflictHelp')}</Text>
            <Button size="xs" variant="light" onClick={() => void qc.invalidateQueries({ queryKey: ['subject', existing?.id] })}>
              {t('common.reload')}
            </Button>
          </Group>
        </Alert>
      )}
      {!conflict && <FormError message={errors._ ?? errors.version} />}
      {Object.keys(errors).length > 0 && !errors._ && (
        <Alert color="red" data-testid="form-invalid">
          {t('validation.fixFields', { count: Object.keys(errors).length })}
        </Alert>
      )}
      <Paper withBorder p="sm">
        <Stack gap="sm">
          <SegmentedControl
            w={300}
            value={form.kind}
            onChange={(v) => set('kind', v as Form['kind'])}
            data={[
              { value: 'person', label: t('vocab.kind.person') },
              { value: 'organisation', label: t('vocab.kind.organisation') },
            ]}
            aria-label={t('subject.kind')}
          />
          <Fieldset legend={t('subject.namesLegend')}>
            <Stack gap={6}>
              {form.names.map((n, i) => (
                <Group key={i} gap="xs" align="start" wrap="nowrap">
                  <TextInput
                    style={{ flex: 1 }}
                    dir="auto"
                    required={i === 0}
                    label={i === 0 ? t('subject.primaryName') : t('subject.aliasN', { n: i })}
                    value={n}
                    onChange={(e) => {
                      const v = e.currentTarget.value;
                      set('names', form.names.map((x, k) => (k === i ? v : x)));
                    }}
                    error={errors[`names.${i}`] ?? (i === 0 ? errors.names : undefined)}
                    name={`names.${i}`}
                  />
                  {form.names.length > 1 && (
                    <ActionIcon mt={26} variant="subtle" color="gray" aria-label={t('common.remove')} onClick={() => set('names', form.names.filter((_, k) => k !== i))}>
                      ×
                    </ActionIcon>
                  )}
                </Group>
              ))}
              <Group>
                <Button size="xs" variant="subtle" onClick={() => set('names', [...form.names, ''])}>
                  {t('subject.addAlias')}
                </Button>
                <Text size="xs" c="dimmed">
                  {t('subject.namesHelp')}
                </Text>
              </Group>
            </Stack>
          </Fieldset>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            {person && (
              <TextInput label={t('subject.birthDate')} placeholder="YYYY / YYYY-MM / YYYY-MM-DD" value={form.birthDate} onChange={(e) => set('birthDate', e.currentTarget.value)} error={errors.birthDate} name="birthDate" />
            )}
            {person && (
              <Select label={t('subject.gender')} clearable data={GENDERS.map((g) => ({ value: g, label: t(`vocab.gender.${g}`) }))} value={form.gender} onChange={(v) => set('gender', v)} error={errors.gender} />
            )}
            <TagsInput
              label={t('subject.nationalities')}
              description={t('subject.nationalitiesHelp')}
              value={form.nationalities}
              onChange={(v) => set('nationalities', v.map((x) => x.toUpperCase()))}
              error={errors.nationalities ?? Object.entries(errors).find(([k]) => k.startsWith('nationalities.'))?.[1]}
              name="nationalities"
              splitChars={[',', ' ']}
            />
            <Select
              label={t('subject.category')}
              clearable
              data={SUBJECT_CATEGORIES.map((c) => ({ value: c, label: `${c} — ${t(`vocab.category.${c}`)}` }))}
              value={form.category}
              onChange={(v) => set('category', v)}
              error={errors.category}
            />
            <Select
              label={t('subject.followUp')}
              allowDeselect={false}
              data={FOLLOW_UP_STATUSES.map((c) => ({ value: c, label: t(`vocab.followUp.${c}`) }))}
              value={form.followUp}
              onChange={(v) => v && set('followUp', v)}
              error={errors.followUp}
            />
          </SimpleGrid>
          <Fieldset legend={t('subject.documents')}>
            <Stack gap={6}>
              {form.documents.length === 0 && (
                <Text size="sm" c="dimmed">
                  {t('subject.noDocuments')}
                </Text>
              )}
              {form.documents.map((d, i) => {
                const upd = (k: 'type' | 'number' | 'country', v: string) => set('documents', form.documents.map((x, j) => (j === i ? { ...x, [k]: v } : x)));
                return (
                  <Group key={i} gap="xs" align="start" wrap="nowrap">
                    <TextInput label={t('subject.docType')} placeholder="passport" value={d.type} onChange={(e) => upd('type', e.currentTarget.value)} error={errors[`documents.${i}.type`]} />
                    <TextInput label={t('subject.docNumber')} value={d.number} onChange={(e) => upd('number', e.currentTarget.value)} error={errors[`documents.${i}.number`]} style={{ flex: 1 }} />
                    <TextInput label={t('subject.docCountry')} placeholder="BE" w={90} value={d.country} onChange={(e) => upd('country', e.currentTarget.value.toUpperCase())} error={errors[`documents.${i}.country`]} />
                    <ActionIcon mt={26} variant="subtle" color="gray" aria-label={t('common.remove')} onClick={() => set('documents', form.documents.filter((_, j) => j !== i))}>
                      ×
                    </ActionIcon>
                  </Group>
                );
              })}
              <Group>
                <Button size="xs" variant="subtle" onClick={() => set('documents', [...form.documents, { type: 'passport', number: '', country: '' }])}>
                  {t('subject.addDocument')}
                </Button>
              </Group>
            </Stack>
          </Fieldset>
          <Textarea label={t('subject.notes')} autosize minRows={3} maxRows={12} value={form.notes} onChange={(e) => set('notes', e.currentTarget.value)} error={errors.notes} />
        </Stack>
      </Paper>
      <MarkingsFields value={form.markings} onChange={(m) => set('markings', m)} errors={scoped(errors, 'markings')} clearance={me.clearance} orgKind={me.organisation.kind} ownOrgId={me.organisation.id} />
      <Group justify="flex-end">
        <Button variant="default" component="a" {...linkProps(existing ? `/subjects/${existing.id}` : '/subjects')}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={save.isPending} data-testid="subject-save">
          {existing ? t('common.save') : t('subject.create')}
        </Button>
      </Group>
      </Stack>
    </form>
  );
}
