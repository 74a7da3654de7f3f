/** The trainer's view: results per team in aggregate, no score for teams under five people (with the reason). */
import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorState, Loading } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { PreventionTabs } from './common.tsx';
import type { TeamResult } from './types.ts';

export default function TrainerPage() {
  const { t, i18n } = useTranslation();
  const lang = ['nl', 'fr'].includes(i18n.language.slice(0, 2)) ? i18n.language.slice(0, 2) : 'en';
  const q = useQuery({ queryKey: ['training-teams', lang], queryFn: () => api.get<TeamResult[]>(`/api/prevention/training/teams?lang=${lang}`) });
  return (
    <Stack gap="sm">
      <PreventionTabs />
      <Title order={2}>{t('prevention.trainer.title')}</Title>
      <Text size="sm" c="dimmed">{t('prevention.trainer.intro')}</Text>
      {q.isPending && <Loading />}
      {q.isError && <ErrorState error={q.error} />}
      {q.data?.map((team) => (
        <Paper key={team.id} withBorder p="sm" data-testid="team">
          <Title order={4}>{team.name}</Title>
          <Text size="sm">{t('prevention.trainer.members')}: {team.members}</Text>
          <Table.ScrollContainer minWidth={360} type="native">
            <Table>
              <Table.Tbody>
                {team.modules.map((m) => (
                  <Table.Tr key={m.moduleId}>
                    <Table.Td>{m.title}</Table.Td>
                    <Table.Td>{t('prevention.trainer.completed')}: {m.completed}/{m.members}</Table.Td>
                    <Table.Td data-testid="team-score">{m.scorePercent !== null ? `${t('prevention.trainer.score')}: ${m.scorePercent}%` : t(`prevention.trainer.withheld.${m.withheld}`)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      ))}
    </Stack>
  );
}
