/**
 * The offences a record is classified under (issue #16), chosen from the legal registry's offences:
 * shown as badges to every reader of the record; those who may change the record edit them. Shared by
 * intelligence subjects (SubjectOffences) and prevention cases (CaseOffences); the caller says how to
 * save and what to do with the answer.
 */
import { Alert, Badge, Button, Group, MultiSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.ts';
import { errorText } from '../../lib/validation.ts';

export interface ClassifiedOffence { code: string; title: string; article: string; inForce: boolean }
interface RegistryOffence { id: string; code: string; title: string; article: string; inForce: boolean }

export function OffencesPanel({ offences, editable, help, save, onSaved }: {
  offences: ClassifiedOffence[];
  editable: boolean;
  /** What the classification means for this kind of record, and who changes it. */
  help: string;
  /** Saves the codes (an empty list clears them) and answers the offences now set. */
  save: (codes: string[]) => Promise<{ offences: ClassifiedOffence[] }>;
  onSaved: (offences: ClassifiedOffence[]) => void;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [codes, setCodes] = useState<string[]>(offences.map((o) => o.code));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setCodes(offences.map((o) => o.code)), [offences]);
  const registry = useQuery({ queryKey: ['legal-offences'], enabled: editing, staleTime: 10 * 60_000, queryFn: () => api.get<RegistryOffence[]>('/api/legal/offences') });
  const mutation = useMutation({
    mutationFn: save,
    onSuccess: (r) => {
      onSaved(r.offences);
      setEditing(false);
      setError(null);
    },
    onError: (e) => setError(errorText(e, t)),
  });
  // Offences in force, and those already set (an ended one stays until removed).
  const options = (registry.data ?? [])
    .filter((o) => o.inForce || offences.some((c) => c.code === o.code))
    .map((o) => ({ value: o.code, label: `${o.article} — ${o.title}${o.inForce ? '' : ` (${t('legal.subjectOffences.ended')})`}` }));
  const action = editable && !editing && (
    <Button size="xs" variant="light" onClick={() => setEditing(true)} data-testid="edit-offences">
      {t('legal.subjectOffences.edit')}
    </Button>
  );
  return (
    <Paper withBorder p="sm" data-testid="offences-section">
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t('legal.subjectOffences.title')}</Title>
        {action}
      </Group>
      <Stack gap="xs">
        {offences.length === 0 ? (
          <Text size="sm" c="dimmed">{t('legal.subjectOffences.none')}</Text>
        ) : (
          <Group gap={6}>
            {offences.map((o) => (
              <Badge key={o.code} variant="light" color={o.inForce ? 'blue' : 'gray'} title={o.title} data-testid={`offence-${o.code}`}>
                {o.article} — {o.title}{o.inForce ? '' : ` (${t('legal.subjectOffences.ended')})`}
              </Badge>
            ))}
          </Group>
        )}
        {editing && (
          <>
            <MultiSelect
              label={t('legal.subjectOffences.choose')}
              description={help}
              data={options}
              value={codes}
              onChange={setCodes}
              searchable
              clearable
              nothingFoundMessage={registry.isPending ? t('legal.subjectOffences.loading') : t('legal.subjectOffences.noMatch')}
              data-testid="offences-select"
            />
            {error && <Alert color="red" variant="light">{error}</Alert>}
            <Group gap="xs">
              <Button size="xs" loading={mutation.isPending} onClick={() => mutation.mutate(codes)} data-testid="save-offences">
                {t('legal.subjectOffences.save')}
              </Button>
              <Button size="xs" variant="default" onClick={() => { setEditing(false); setCodes(offences.map((o) => o.code)); setError(null); }}>
                {t('legal.subjectOffences.cancel')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}

/** Saves a record's offences at `path` (PUT with the codes; DELETE when none are left). */
export function saveOffences(path: string) {
  return (codes: string[]) => (codes.length ? api.put<{ offences: ClassifiedOffence[] }>(path, { codes }) : api.del<{ offences: ClassifiedOffence[] }>(path));
}
