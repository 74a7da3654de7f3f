/** Subjects: browse with filters, and create a new one. */
import { Button, Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PlusIcon } from '../../components/Icons.tsx';
import { linkProps } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { SubjectSearch } from './SubjectSearch.tsx';

export default function SubjectsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2}>{t('nav.subjects')}</Title>
        {can('intel', 'write') && (
          <Button component="a" {...linkProps('/subjects/new')} leftSection={<PlusIcon />} data-testid="new-subject">
            {t('subject.new')}
          </Button>
        )}
      </Group>
      <SubjectSearch browse />
    </Stack>
  );
}
