/**
 * The alert composer: the message's common fields, one tab per language (headline, description,
 * instruction, and the SMS text with a live counter that knows GSM-7 from UCS-2), and the area. Saves
 * the draft and submits it for approval; the server's problems are shown on their fields.
 */
import { Alert as Notice, Badge, Button, Group, MultiSelect, Paper, Select, SimpleGrid, Stack, Tabs, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CAP_CATEGORIES, CAP_CERTAINTIES, CAP_LANGUAGES, CAP_RESPONSE_TYPES, CAP_SEVERITIES, CAP_URGENCIES } from '../../../core/alerts/cap.ts';
import { countSms } from '../../../core/alerts/sms.ts';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { FormError } from '../../components/States.tsx';
import { localDateTimeValue } from '../../lib/format.ts';
import { api } from '../../lib/api.ts';
import { navigate } from '../../lib/router.tsx';
import { errorText } from '../../lib/validation.ts';
import AreaEditor from './AreaEditor.tsx';
import type { AlertContent, AlertDetail } from './types.ts';

/** ISO instant ↔ the local value of a DateTimeField (the browser's time zone). */
const toLocal = (iso: string | null) => (iso ? localDateTimeValue(new Date(iso)) : '');
const fromLocal = (v: string) => (v ? new Date(v).toISOString() : null);

function SmsCounter({ text }: { text: string }) {
  const { t } = useTranslation();
  const c = countSms(text);
  return (
    <Stack gap={2}>
      <Group gap={6}>
        <Badge color={c.fits ? 'gray' : 'red'} variant="light" data-testid="sms-count">
          {t('alerts.sms.count', { units: c.units, limit: c.limit, encoding: c.encoding })}
        </Badge>
        {!c.fits && (
          <Text size="xs" c="red.8">
            {t('alerts.sms.tooLong')}
          </Text>
        )}
      </Group>
      {c.ucs2Chars.length > 0 && (
        <Text size="xs" c="orange.9" data-testid="sms-ucs2">
          {t('alerts.sms.ucs2', { chars: c.ucs2Chars.map((x) => `“${x}”`).join(' ') })}
        </Text>
      )}
    </Stack>
  );
}

export default function Composer({ alert }: { alert: AlertDetail }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [c, setC] = useState<AlertContent>(alert.content);
  const [version, setVersion] = useState(alert.version);
  const [serverError, setServerError] = useState<Record<string, string>>({});
  useEffect(() => {
    setC(alert.content);
    setVersion(alert.version);
  }, [alert.id, alert.version]); // eslint-disable-line react-hooks/exhaustive-deps -- reset on a new version only
  const problems: Record<string, string> = { ...Object.fromEntries(alert.problems.map((p) => [p.field, p.message])), ...serverError };
  const done = (a: AlertDetail) => {
    setServerError({});
    qc.setQueryData(['alert', a.id], a);
    void qc.invalidateQueries({ queryKey: ['alerts'] });
  };
  const fail = (e: unknown) => {
    const err = e as { field?: string };
    setServerError(err.field ? { [err.field]: errorText(e, t) } : { _: errorText(e, t) });
  };
  const save = useMutation({ mutationFn: () => api.put<AlertDetail>(`/api/alerts/${alert.id}`, { version, content: c }), onSuccess: done, onError: fail });
  const submit = useMutation({
    mutationFn: async () => {
      const saved = await api.put<AlertDetail>(`/api/alerts/${alert.id}`, { version, content: c });
      return api.post<AlertDetail>(`/api/alerts/${alert.id}/submit`, { version: saved.version });
    },
    onSuccess: done,
    onError: (e) => {
      fail(e);
      void qc.invalidateQueries({ queryKey: ['alert', alert.id] });
    },
  });
  const discard = useMutation({ mutationFn: () => api.del(`/api/alerts/${alert.id}?version=${version}`), onSuccess: () => navigate('/alerts') });
  const set = <K extends keyof AlertContent>(k: K, v: AlertContent[K]) => setC({ ...c, [k]: v });
  const setInfo = (i: number, k: 'event' | 'headline' | 'description' | 'instruction' | 'sms', v: string) => setC({ ...c, info: c.info.map((x, j) => (j === i ? { ...x, [k]: v } : x)) });
  const opts = (xs: readonly string[]) => xs.map((x) => ({ value: x, label: x }));
  const exerciseForced = alert.incident?.exercise === true;
  return (
    <Stack gap="sm">
      {alert.returnedReason && <Notice color="yellow">{t('alerts.returned', { reason: alert.returnedReason })}</Notice>}
      <Paper withBorder p="sm">
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="xs">
          <Select label={t('alerts.field.status')} data={[{ value: 'Actual', label: t('alerts.status.Actual') }, { value: 'Exercise', label: t('alerts.status.Exercise') }]} value={c.status} disabled={exerciseForced || alert.msgType !== 'Alert'} onChange={(v) => v && set('status', v as AlertContent['status'])} allowDeselect={false} data-testid="alert-status" />
          <MultiSelect label={t('alerts.field.category')} data={opts(CAP_CATEGORIES)} value={c.category} onChange={(v) => set('category', v as AlertContent['category'])} error={problems.category} />
          <MultiSelect label={t('alerts.field.responseType')} data={opts(CAP_RESPONSE_TYPES)} value={c.responseType} onChange={(v) => set('responseType', v as AlertContent['responseType'])} />
          <Select label={t('alerts.field.urgency')} data={opts(CAP_URGENCIES)} value={c.urgency} onChange={(v) => v && set('urgency', v as AlertContent['urgency'])} allowDeselect={false} />
          <Select label={t('alerts.field.severity')} data={opts(CAP_SEVERITIES)} value={c.severity} onChange={(v) => v && set('severity', v as AlertContent['severity'])} allowDeselect={false} />
          <Select label={t('alerts.field.certainty')} data={opts(CAP_CERTAINTIES)} value={c.certainty} onChange={(v) => v && set('certainty', v as AlertContent['certainty'])} allowDeselect={false} />
          <DateTimeField label={t('alerts.field.onset')} value={toLocal(c.onset)} onChange={(v) => set('onset', fromLocal(v))} error={problems.onset} data-testid="alert-onset" />
          <DateTimeField label={t('alerts.field.expires')} value={toLocal(c.expires)} onChange={(v) => set('expires', fromLocal(v))} error={problems.expires} data-testid="alert-expires" />
          <TextInput label={t('alerts.field.web')} value={c.web ?? ''} onChange={(e) => set('web', e.currentTarget.value || null)} error={problems.web} />
        </SimpleGrid>
      </Paper>
      <Tabs defaultValue="0" keepMounted={false}>
        <Tabs.List>
          {c.info.map((info, i) => (
            <Tabs.Tab key={info.language} value={String(i)} color={Object.keys(problems).some((k) => k.startsWith(`info.${i}.`)) ? 'red' : undefined} data-testid={`tab-${info.language}`}>
              {t(`alerts.language.${info.language}`)} ({info.language})
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {c.info.map((info, i) => (
          <Tabs.Panel key={info.language} value={String(i)} pt="xs">
            <Stack gap="xs">
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xs">
                <TextInput label={t('alerts.field.event')} value={info.event} onChange={(e) => setInfo(i, 'event', e.currentTarget.value)} error={problems[`info.${i}.event`]} data-testid="info-event" />
                <TextInput label={t('alerts.field.headline')} value={info.headline} onChange={(e) => setInfo(i, 'headline', e.currentTarget.value)} error={problems[`info.${i}.headline`]} data-testid="info-headline" />
              </SimpleGrid>
              <Textarea label={t('alerts.field.description')} autosize minRows={2} value={info.description} onChange={(e) => setInfo(i, 'description', e.currentTarget.value)} error={problems[`info.${i}.description`]} data-testid="info-description" />
              <Textarea label={t('alerts.field.instruction')} autosize minRows={2} value={info.instruction} onChange={(e) => setInfo(i, 'instruction', e.currentTarget.value)} error={problems[`info.${i}.instruction`]} data-testid="info-instruction" />
              <Textarea label={t('alerts.field.sms')} autosize minRows={2} value={info.sms} onChange={(e) => setInfo(i, 'sms', e.currentTarget.value)} error={problems[`info.${i}.sms`]} data-testid="info-sms" />
              <SmsCounter text={info.sms} />
            </Stack>
          </Tabs.Panel>
        ))}
      </Tabs>
      <Paper withBorder p="sm">
        <AreaEditor area={c.area} onChange={(a) => set('area', a)} errors={problems} />
      </Paper>
      {Object.entries(problems).filter(([k]) => k !== '_').length > 0 ? (
        <Notice color="orange" title={t('alerts.problems')} data-testid="alert-problems">
          {Object.entries(problems)
            .filter(([k]) => k !== '_')
            .map(([k, v]) => (
              <Text key={k} size="sm">
                <b>{k}</b>: {v}
              </Text>
            ))}
        </Notice>
      ) : null}
      {serverError._ && <FormError message={serverError._} />}
      <Group>
        <Button variant="light" onClick={() => save.mutate()} loading={save.isPending} data-testid="save-alert">
          {t('alerts.action.save')}
        </Button>
        <Button onClick={() => submit.mutate()} loading={submit.isPending} data-testid="submit-alert">
          {t('alerts.action.submit')}
        </Button>
        {alert.can.discard && (
          <Button variant="subtle" color="red" onClick={() => discard.mutate()} loading={discard.isPending}>
            {t('alerts.action.discard')}
          </Button>
        )}
        {save.isSuccess && !save.isPending && (
          <Text size="sm" c="green.8">
            {t('alerts.saved')}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
