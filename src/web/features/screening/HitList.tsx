/** Hits as a list, best score first: score, traveller, listed entry (or only "listed — contact"), status, a link to review. */
import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, linkProps } from '../../lib/router.tsx';
import { HitStatusBadge, ScoreBadge, TravellerLine } from './common.tsx';
import type { Hit, Traveller } from './types.ts';
import { ListedAfterTravel } from './ListUpdates.tsx';

/** What a hit says about the listed side, as far as the viewer may see it. */
export function ListedCell({ hit }: { hit: Hit }) {
  const { t } = useTranslation();
  if (hit.view === 'hit') {
    return (
      <Stack gap={0}>
        <Text fw={700} c="grape.8" size="sm" data-testid="listed-contact">
          {t('screening.hit.listedContact', { organisation: hit.contact.organisation })}
        </Text>
        {hit.action && (
          <Text fw={700} size="sm" c={hit.action === 'stop' ? 'red.8' : 'grape.8'} data-testid="listed-action">
            {t('screening.hit.encounterAction', { action: t(`screening.encounterActions.${hit.action}`) })}
          </Text>
        )}
      </Stack>
    );
  }
  if (hit.view === 'withdrawn') {
    return (
      <Text c="dimmed" size="sm">
        {t('screening.hit.withdrawn')}
      </Text>
    );
  }
  return (
    <Stack gap={0}>
      <Text fw={700} size="sm">
        {hit.explanation?.name.matchedName ?? hit.entry?.names[0] ?? hit.entryId}
      </Text>
      <Group gap={4}>
        <Text size="xs" c="dimmed" ff="monospace">
          {hit.entryId}
        </Text>
        {hit.delisted && (
          <Badge size="xs" color="gray">
            {t('screening.hit.delisted')}
          </Badge>
        )}
      </Group>
    </Stack>
  );
}

export function HitList({ hits, traveller }: { hits: Hit[]; traveller?: Traveller }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing={6} highlightOnHover data-testid="hit-list">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>{t('screening.hit.score')}</Table.Th>
            <Table.Th>{t('screening.hit.traveller')}</Table.Th>
            <Table.Th>{t('screening.hit.listed')}</Table.Th>
            <Table.Th>{t('screening.hit.list')}</Table.Th>
            <Table.Th>{t('screening.hit.status')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {hits.map((h) => (
            <Table.Tr key={h.id} data-testid="hit-row" data-status={h.status}>
              <Table.Td>
                <ScoreBadge score={h.score} />
              </Table.Td>
              <Table.Td>
                <TravellerLine traveller={h.traveller ?? traveller} />
              </Table.Td>
              <Table.Td>
                <ListedCell hit={h} />
              </Table.Td>
              <Table.Td>
                <Badge variant="default">{h.source}</Badge>
              </Table.Td>
              <Table.Td>
                <HitStatusBadge status={h.status} />
                {h.listedAfterTravel && <ListedAfterTravel />}
              </Table.Td>
              <Table.Td ta="right">
                {h.status === 'open' ? (
                  <Button size="xs" component="a" {...linkProps(`/screening/hits/${h.id}`)} data-testid="review-hit">
                    {t('screening.hit.review')}
                  </Button>
                ) : (
                  <Anchor component={Link} to={`/screening/hits/${h.id}`} size="sm" data-testid="review-hit">
                    {t('screening.hit.open')}
                  </Anchor>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
