/**
 * The oversight questions as a person asks them: "who read this record" (found by a name, a document
 * number or its id) and "what did this user, partner or token read" (the whole log: AuditLog.tsx).
 */
import { Button, Group, Paper, SegmentedControl, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Empty } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { setQuery, useLocation } from '../../lib/router.tsx';
import { errorText } from '../../lib/validation.ts';
import { Answer } from './Answer.tsx';
import { RecordLink } from './AuditTable.tsx';
import type { LookupMatch } from './types.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Mode = 'name' | 'document' | 'id';

/** Who read a record: find it by name, document number or id, then the answer. */
export function RecordAccess() {
  const { t } = useTranslation();
  const loc = useLocation();
  const record = loc.query.get('record') ?? '';
  const [mode, setMode] = useState<Mode>('name');
  const [text, setText] = useState('');
  const [err, setErr] = useState<string | null>(null);
  const find = useMutation({ mutationFn: (body: { name?: string; document?: string }) => api.post<{ more: boolean; items: LookupMatch[] }>('/api/oversight/lookup', body) });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const v = text.trim();
    if (!v) return setErr(t('validation.required'));
    setErr(null);
    if (mode === 'id' || UUID.test(v)) {
      find.reset();
      setQuery({ record: v }, { replace: false });
    } else {
      setQuery({ record: undefined });
      find.mutate(mode === 'name' ? { name: v } : { document: v });
    }
  };
  return (
    <Stack gap="sm">
      <Paper withBorder p="sm" component="form" onSubmit={submit}>
        <Stack gap="xs">
          <SegmentedControl
            value={mode}
            onChange={(v) => setMode(v as Mode)}
            data={[
              { value: 'name', label: t('audit.q.byName') },
              { value: 'document', label: t('audit.q.byDocument') },
              { value: 'id', label: t('audit.q.byId') },
            ]}
            data-testid="find-mode"
            w="fit-content"
          />
          <Group align="end" gap="xs" wrap="nowrap">
            <TextInput
              style={{ flex: 1 }}
              label={mode === 'name' ? t('audit.q.nameLabel') : mode === 'document' ? t('audit.q.documentLabel') : t('audit.recordId')}
              description={mode === 'id' ? t('audit.recordIdHelp') : t('audit.q.lookupHelp')}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              error={err ?? (find.isError ? errorText(find.error, t) : null)}
              ff={mode === 'id' ? 'monospace' : undefined}
              data-testid="record-id"
            />
            <Button type="submit" loading={find.isPending} data-testid="record-submit">
              {mode === 'id' ? t('audit.whoAccessed') : t('audit.q.find')}
            </Button>
          </Group>
        </Stack>
      </Paper>
      {find.data && !record && (
        <Paper withBorder p="sm" data-testid="lookup-results">
          {find.data.items.length === 0 ? (
            <Text size="sm">{t('audit.q.noMatch')}</Text>
          ) : (
            <Table fz="sm" verticalSpacing={3}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('audit.q.match')}</Table.Th>
                  <Table.Th>{t('audit.organisation')}</Table.Th>
                  <Table.Th>{t('audit.record')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {find.data.items.map((m) => (
                  <Table.Tr key={m.id} data-testid="lookup-match">
                    <Table.Td>{m.label}</Table.Td>
                    <Table.Td>{m.organisation}</Table.Td>
                    <Table.Td><RecordLink id={m.id} /></Table.Td>
                    <Table.Td>
                      <Button size="xs" variant="light" onClick={() => setQuery({ record: m.id }, { replace: false })} data-testid="lookup-who">
                        {t('audit.whoAccessed')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {find.data.more && <Text size="xs" c="dimmed">{t('audit.q.tooMany')}</Text>}
          <Text size="xs" c="dimmed" mt={4}>{t('audit.q.lookupNote')}</Text>
        </Paper>
      )}
      {!record && !find.data && <Empty title={t('audit.q.startTitle')}>{t('audit.recordStartHelp')}</Empty>}
      {record && (
        <>
          <Text size="sm">
            {t('audit.q.aboutRecord')} <Text span ff="monospace">{record}</Text>
          </Text>
          <Answer key={record} recordId={record} />
        </>
      )}
    </Stack>
  );
}

/** What a user, partner or token read. */
export function ActorAccess() {
  const { t } = useTranslation();
  const loc = useLocation();
  const actor = loc.query.get('actor') ?? '';
  const [text, setText] = useState(actor);
  return (
    <Stack gap="sm">
      <Paper withBorder p="sm" component="form" onSubmit={(e) => (e.preventDefault(), text.trim() && setQuery({ actor: text.trim() }, { replace: false }))}>
        <Group align="end" gap="xs" wrap="nowrap">
          <TextInput style={{ flex: 1 }} label={t('audit.q.actorLabel')} description={t('audit.q.actorHelp')} value={text} onChange={(e) => setText(e.currentTarget.value)} data-testid="actor-input" />
          <Button type="submit" data-testid="actor-submit">{t('audit.q.whatRead')}</Button>
        </Group>
      </Paper>
      {actor ? <Answer key={actor} actor={actor} /> : <Empty title={t('audit.q.actorStart')}>{t('audit.q.actorHelp')}</Empty>}
    </Stack>
  );
}
