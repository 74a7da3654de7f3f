/** Link two subjects: type, description and markings. */
import { Alert, Button, Group, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { linkInput } from '../../../core/contracts.ts';
import { LINK_TYPES } from '../../../core/vocab.ts';
import { defaultMarkings, MarkingsFields, type MarkingsValue } from '../../components/MarkingsFields.tsx';
import { FormError } from '../../components/States.tsx';
import { SubjectPicker } from '../../components/SubjectPicker.tsx';
import { api } from '../../lib/api.ts';
import { linkProps, navigate, useLocation } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { isHit, type SubjectAnswer } from '../../lib/types.ts';
import { scoped, serverErrors, validate, type FieldErrors } from '../../lib/validation.ts';

export default function LinkFormPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const qc = useQueryClient();
  const loc = useLocation();
  const from = loc.query.get('from');
  const fromQ = useQuery({ queryKey: ['subject', from], queryFn: () => api.get<SubjectAnswer>(`/api/subjects/${from}`), enabled: !!from });
  const [fromId, setFromId] = useState<string | null>(from);
  const [toId, setToId] = useState<string | null>(null);
  const [type, setType] = useState<string | null>('associate');
  const [description, setDescription] = useState('');
  const [markings, setMarkings] = useState<MarkingsValue>(defaultMarkings);
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useMutation({
    mutationFn: (b: unknown) => api.post('/api/links', b),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['subject', fromId, 'graph'] });
      void qc.invalidateQueries({ queryKey: ['subject', toId, 'graph'] });
      navigate(`/subjects/${fromId}`);
    },
    onError: (e) => setErrors(serverErrors(e, t)),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const b = { fromSubjectId: fromId ?? '', toSubjectId: toId ?? '', type, description, markings: { ...markings, legalBasis: markings.legalBasis.trim(), purpose: markings.purpose.trim() } };
    const v = validate(linkInput, b, t);
    if (!v.ok) {
      const errs = { ...v.errors };
      if (!fromId) errs.fromSubjectId = t('validation.pickSubject');
      if (!toId) errs.toSubjectId = t('validation.pickSubject');
      return setErrors(errs);
    }
    setErrors({});
    save.mutate(b);
  };
  const fromLabel = fromQ.data && !isHit(fromQ.data) ? fromQ.data.names[0] : undefined;
  return (
    <form onSubmit={submit} noValidate data-testid="link-form">
      <Stack gap="sm">
      <Title order={2}>{t('link.new')}</Title>
      <FormError message={errors._} />
      <Paper withBorder p="sm">
        <Stack gap="sm">
          {from && fromLabel ? (
            <Text size="sm">
              {t('link.from')}: <b>{fromLabel}</b>
            </Text>
          ) : (
            <SubjectPicker label={t('link.from')} required value={fromId} onChange={(id) => setFromId(id)} error={errors.fromSubjectId} />
          )}
          <Select label={t('link.type')} required allowDeselect={false} data={LINK_TYPES.map((l) => ({ value: l, label: t(`vocab.link.${l}`) }))} value={type} onChange={setType} error={errors.type} />
          <SubjectPicker label={t('link.to')} required value={toId} exclude={fromId ?? undefined} onChange={(id) => setToId(id)} error={errors.toSubjectId} testId="link-to" />
          <Textarea label={t('link.description')} autosize minRows={2} value={description} onChange={(e) => setDescription(e.currentTarget.value)} error={errors.description} />
        </Stack>
      </Paper>
      <MarkingsFields value={markings} onChange={setMarkings} errors={scoped(errors, 'markings')} clearance={me.clearance} orgKind={me.organisation.kind} ownOrgId={me.organisation.id} />
      {Object.keys(errors).length > 0 && !errors._ && <Alert color="red">{t('validation.fixFields', { count: Object.keys(errors).length })}</Alert>}
      <Group justify="flex-end">
        <Button variant="default" component="a" {...linkProps(fromId ? `/subjects/${fromId}` : '/subjects')}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={save.isPending} data-testid="link-save">
          {t('link.create')}
        </Button>
      </Group>
      </Stack>
    </form>
  );
}
