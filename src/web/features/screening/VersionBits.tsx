/** Version summaries: the +added −removed ~changed counts of a list version. */
import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ListVersion } from './types.ts';

export const CHANGE_COLOR = { added: 'green', removed: 'red', changed: 'blue' } as const;

export function ChangeCounts({ v }: { v: ListVersion }) {
  const { t } = useTranslation();
  if (v.added === null) {
    return (
      <Text size="xs" c="dimmed">
        {t('screening.lists.notShown')}
      </Text>
    );
  }
  return (
    <Group gap={4} wrap="nowrap">
      <Badge size="sm" variant="light" color="green" title={t('screening.change.added')}>
        +{v.added}
      </Badge>
      <Badge size="sm" variant="light" color="red" title={t('screening.change.removed')}>
        −{v.removed}
      </Badge>
      <Badge size="sm" variant="light" color="blue" title={t('screening.change.changed')}>
        ~{v.changed}
      </Badge>
    </Group>
  );
}
