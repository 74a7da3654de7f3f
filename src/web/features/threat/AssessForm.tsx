/** Assess a threat level: target, OCAM level with its description, justification, next re-evaluation (≤ 6 months). */
import { Alert, Button, Group, Paper, Radio, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { threatInput } from '../../../core/contracts.ts';
import { MAX_REEVALUATION_MONTHS, THREAT_LEVELS, THREAT_TARGET_KINDS } from '../../../core/vocab.ts';
import { FormError } from '../../components/States.tsx';
import { SubjectPicker } from '../../components/SubjectPicker.tsx';
import { api } from '../../lib/api.ts';
import { formatDay, isoFromToday, LEVEL_HEX, todayIso } from '../../lib/format.ts';
import { isHit, type SubjectAnswer } from '../../lib/types.ts';
import { serverErrors, validate, type FieldErrors } from '../../lib/validation.ts';
import { DateField } from '../../components/DateField.tsx';
import { LegalBasisField, basisStatus, useLegalBases } from '../legal/LegalBasisField.tsx';

/** The registry's basis an assessment cites unless another is chosen (the law on threat analysis; server: DEFAULT_BASIS_CODE). */
const DEFAULT_BASIS_CODE = 'ocam-2006';

interface Props {
  kind: string;
  targetKey: string;
  onAssessed: (kind: string, key: string) => void;
}

export function AssessForm({ kind: initialKind, targetKey: initialKey, onAssessed }: Props) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const [kind, setKind] = useState(initialKind || 'subject');
  const [key, setKey] = useState(initialKey);
  const [label, setLabel] = useState('');
  const [level, setLevel] = useState<string>('');
  const [justification, setJustification] = useState('');
  const maxDue = isoFromToday(MAX_REEVALUATION_MONTHS);
  const [due, setDue] = useState(maxDue);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState<string | null>(null);
  // The legal basis, chosen from the legal registry with the markings' picker (its citation); the threat-analysis basis to start with.
  const bases = useLegalBases();
  const [basis, setBasis] = useState<string | null>(null);
  const basisText = basis ?? bases.data?.find((b) => b.code === DEFAULT_BASIS_CODE && b.inForce)?.citation ?? '';
  useEffect(() => {
    setKind(initialKind || 'subject');
    setKey(initialKey);
  }, [initialKind, initialKey]);
  const subjectQ = useQuery({ queryKey: ['subject', key], queryFn: () => api.get<SubjectAnswer>(`/api/subjects/${key}`), enabled: kind === 'subject' && /^[0-9a-f-]{36}$/i.test(key) });
  const subjectLabel = subjectQ.data && !isHit(subjectQ.data) ? subjectQ.data.names[0] : undefined;

  const m = useMutation({
    mutationFn: (b: unknown) => api.post<{ previousLevel: number | null; level: number; targetLabel: string; nextReviewDue: string }>('/api/threat-assessments', b),
    onSuccess: (r) => {
      void qc.invalidateQueries({ queryKey: ['threat-history', kind, key] });
      void qc.invalidateQueries({ queryKey: ['threat-levels'] });
      void qc.invalidateQueries({ queryKey: ['threat-queue'] });
      if (kind === 'subject') void qc.invalidateQueries({ queryKey: ['subject', key] });
      setDone(t('threat.recorded', { label: r.targetLabel, level: r.level, previous: r.previousLevel ?? t('threat.none'), due: r.nextReviewDue }));
      setJustification('');
      setLevel('');
      onAssessed(kind, key);
    },
    onError: (e) => setErrors(serverErrors(e, t)),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    const chosen = basisStatus(basisText, bases.data ?? []);
    const b = { targetKind: kind, targetKey: key.trim(), ...(label.trim() && kind !== 'subject' ? { targetLabel: label.trim() } : {}), level: level ? Number(level) : undefined, justification: justification.trim(), nextReviewDue: due || undefined, ...(chosen.kind === 'registry' ? { legalBasisId: chosen.entry!.id } : {}) };
    const v = validate(threatInput, b, t);
    const errs: FieldErrors = v.ok ? {} : { ...v.errors };
    if (chosen.kind !== 'registry') errs.legalBasisId = t('threat.basisFromRegistry');
    if (due && due > maxDue) errs.nextReviewDue = t('threat.dueMax', { date: maxDue });
    if (due && due <= todayIso()) errs.nextReviewDue = t('threat.dueFuture');
    if (!key.trim()) errs.targetKey = kind === 'subject' ? t('validation.pickSubject') : t('validation.required');
    if (Object.keys(errs).length > 0) return setErrors(errs);
    setErrors({});
    m.mutate(b);
  };

  return (
    <Paper withBorder p="sm" component="form" onSubmit={submit} noValidate data-testid="assess-form">
      <Stack gap="sm">
        <Title order={4}>{t('threat.assessTitle')}</Title>
        {done && (
          <Alert color="green" data-testid="assess-done" withCloseButton onClose={() => setDone(null)}>
            {done}
          </Alert>
        )}
        <FormError message={errors._} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('threat.targetKind')}
            allowDeselect={false}
            data={THREAT_TARGET_KINDS.map((k) => ({ value: k, label: t(`threat.kind.${k}`) }))}
            value={kind}
            onChange={(v) => {
              if (!v) return;
              setKind(v);
              setKey('');
              setLabel('');
            }}
            error={errors.targetKind}
          />
          {kind === 'subject' ? (
            <SubjectPicker
              key={`${initialKey}-${subjectLabel ?? ''}`}
              label={t('threat.subject')}
              required
              value={key || null}
              initialLabel={subjectLabel}
              onChange={(id) => setKey(id ?? '')}
              error={errors.targetKey}
              testId="assess-subject"
            />
          ) : (
            <TextInput label={t('threat.targetKey')} description={t(`threat.keyHelp.${kind}`)} required value={key} onChange={(e) => setKey(e.currentTarget.value)} error={errors.targetKey} />
          )}
          {kind !== 'subject' && <TextInput label={t('threat.targetLabel')} value={label} onChange={(e) => setLabel(e.currentTarget.value)} error={errors.targetLabel} />}
        </SimpleGrid>
        <Radio.Group label={t('threat.levelLabel')} required value={level} onChange={setLevel} error={errors.level}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6} mt={4}>
            {THREAT_LEVELS.map((l) => (
              <Radio.Card key={l} value={String(l)} p="xs" radius="sm" style={{ borderLeft: `6px solid ${LEVEL_HEX[l]}` }} data-testid={`level-${l}`}>
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <Radio.Indicator />
                  <div>
                    <Text fw={700} size="sm">
                      {l} — {t(`threat.level.${l}`)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t(`threat.levelDesc.${l}`)}
                    </Text>
                  </div>
                </Group>
              </Radio.Card>
            ))}
          </SimpleGrid>
        </Radio.Group>
        <Textarea label={t('threat.justification')} description={t('threat.justificationHelp')} required autosize minRows={3} value={justification} onChange={(e) => setJustification(e.currentTarget.value)} error={errors.justification} name="justification" />
        <DateField label={t('threat.nextReview')} description={t('threat.nextReviewHelp', { date: formatDay(maxDue, i18n.language) })} min={isoFromToday(0, 1)} max={maxDue} value={due} onChange={setDue} error={errors.nextReviewDue} w={260} data-testid="assess-due" />
        <LegalBasisField suggestions={[]} value={basisText} onChange={setBasis} error={errors.legalBasisId ?? errors['markings.legalBasis']} />
        <Text size="xs" c="dimmed">
          {t('threat.markingsNote')}
        </Text>
        <Group justify="flex-end">
          <Button type="submit" color="orange" loading={m.isPending} data-testid="assess-submit">
            {t('threat.record')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
