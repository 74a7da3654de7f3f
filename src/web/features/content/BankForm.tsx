/** Create or edit a hash bank: name, description, source organisation, TLP, enabled, PDQ distance threshold. */
import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Switch, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TLPS } from '../../../core/vocab.ts';
import { FormError } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { serverErrors, type FieldErrors } from '../../lib/validation.ts';
import { DEFAULT_THRESHOLD, type Bank } from './types.ts';

export function BankForm({ bank, onClose, onSaved }: { bank?: Bank; onClose: () => void; onSaved: (b: Bank) => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [name, setName] = useState(bank?.name ?? '');
  const [description, setDescription] = useState(bank?.description ?? '');
  const [sourceOrg, setSourceOrg] = useState(bank?.sourceOrg ?? '');
  const [tlp, setTlp] = useState<string>(bank?.tlp ?? 'amber');
  const [enabled, setEnabled] = useState(bank?.enabled ?? true);
  const [threshold, setThreshold] = useState<number>(bank?.threshold ?? DEFAULT_THRESHOLD);
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useMutation({
    mutationFn: (b: unknown) => (bank ? api.patch<Bank>(`/api/content/banks/${bank.id}`, b) : api.post<Bank>('/api/content/banks', b)),
    onSuccess: (b) => {
      void qc.invalidateQueries({ queryKey: ['content-banks'] });
      qc.setQueryData(['content-bank', b.id], b);
      onSaved(b);
    },
    onError: (e) => setErrors(serverErrors(e, t)),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errs: FieldErrors = {};
    if (name.trim().length < 2) errs.name = t('validation.tooShort', { min: 2 });
    if (sourceOrg.trim().length < 2) errs.sourceOrg = t('content.banks.sourceRequired');
    if (!Number.isInteger(threshold) || threshold < 0 || threshold > 128) errs.threshold = t('content.banks.thresholdRange');
    if (Object.keys(errs).length) return setErrors(errs);
    setErrors({});
    save.mutate({ name: name.trim(), description: description.trim(), sourceOrg: sourceOrg.trim(), tlp, enabled, threshold });
  };
  return (
    <Modal opened onClose={onClose} title={bank ? t('content.banks.editTitle', { name: bank.name }) : t('content.banks.newTitle')} size="lg">
      <form onSubmit={submit} noValidate data-testid="bank-form">
        <Stack gap="sm">
          <FormError message={errors._} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={t('content.banks.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} name="name" data-autofocus />
            <TextInput label={t('content.banks.source')} description={t('content.banks.sourceHelp')} required value={sourceOrg} onChange={(e) => setSourceOrg(e.currentTarget.value)} error={errors.sourceOrg} name="sourceOrg" />
            <Select
              label={t('markings.tlp')}
              description={t('content.banks.tlpHelp')}
              required
              allowDeselect={false}
              data={TLPS.map((v) => ({ value: v, label: `TLP:${v.toUpperCase()} — ${t(`vocab.tlp.${v}`)}` }))}
              value={tlp}
              onChange={(v) => v && setTlp(v)}
              error={errors.tlp}
              data-testid="bank-tlp"
            />
            <NumberInput
              label={t('content.banks.threshold')}
              description={t('content.banks.thresholdHelp', { value: DEFAULT_THRESHOLD })}
              required
              min={0}
              max={128}
              allowDecimal={false}
              value={threshold}
              onChange={(v) => setThreshold(typeof v === 'number' ? v : Number(v))}
              error={errors.threshold}
              name="threshold"
            />
          </SimpleGrid>
          <Textarea label={t('content.banks.description')} autosize minRows={2} maxRows={6} value={description} onChange={(e) => setDescription(e.currentTarget.value)} error={errors.description} name="description" />
          <Switch label={t('content.banks.enabledLabel')} description={t('content.banks.enabledHelp')} checked={enabled} onChange={(e) => setEnabled(e.currentTarget.checked)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="bank-save">
              {bank ? t('common.save') : t('content.banks.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
