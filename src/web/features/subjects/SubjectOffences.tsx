/**
 * The offences a subject is classified under (issue #16), chosen from the legal registry's offences.
 * Everyone who reads the subject sees them; the owner organisation's writers change them.
 */
import { Alert, Badge, Button, Group, MultiSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.ts';
import { useSession } from '../../lib/session.tsx';
import type { Subject } from '../../lib/types.ts';
import { errorText } from '../../lib/validation.ts';

type SubjectOffence = NonNullable<Subject['offences']>[number];
interface RegistryOffence { id: string; code: string; title: string; article: string; inForce: boolean }

export function SubjectOffences({ subject }: { subject: Subject }) {
  const { t } = useTranslation();
  const { me, can } = useSession();
  const qc = useQueryClient();
  const current = subject.offences ?? [];
  const editable = can('intel', 'write') && subject.markings.ownerOrgId === me.organisation.id;
  const [editing, setEditing] = useState(false);
  const [codes, setCodes] = useState<string[]>(current.map((o) => o.code));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setCodes((subject.offences ?? []).map((o) => o.code)), [subject.offences]);
  const registry = useQuery({ queryKey: ['legal-offences'], enabled: editing, staleTime: 10 * 60_000, queryFn: () => api.get<RegistryOffence[]>('/api/legal/offences') });
  const save = useMutation({
    mutationFn: (next: string[]) => (next.length ? api.put<{ offences: SubjectOffence[] }>(`/api/subjects/${subject.id}/offences`, { codes: next }) : api.del<{ offences: SubjectOffence[] }>(`/api/subjects/${subject.id}/offences`)),
    onSuccess: (r) => {
      qc.setQueryData<Subject>(['subject', subject.id], (s) => (s ? { ...s, offences: r.offences } : s));
      setEditing(false);
      setError(null);
    },
    onError: (e) => setError(errorText(e, t)),
  });
  // Offences in force, and those already set (an ended one stays until removed).
  const options = (registry.data ?? [])
    .filter((o) => o.inForce || current.some((c) => c.code === o.code))
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
        {current.length === 0 ? (
          <Text size="sm" c="dimmed">{t('legal.subjectOffences.none')}</Text>
        ) : (
          <Group gap={6}>
            {current.map((o) => (
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
              description={t('legal.subjectOffences.help')}
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
              <Button size="xs" loading={save.isPending} onClick={() => save.mutate(codes)} data-testid="save-offences">
                {t('legal.subjectOffences.save')}
              </Button>
              <Button size="xs" variant="default" onClick={() => { setEditing(false); setCodes(current.map((o) => o.code)); setError(null); }}>
                {t('legal.subjectOffences.cancel')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}
