/** Reports: full-text search, and write a new one. */
import { Button, Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PlusIcon } from '../../components/Icons.tsx';
import { linkProps } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { ReportSearch } from './ReportSearch.tsx';

export default function ReportsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2}>{t('nav.reports')}</Title>
        {can('intel', 'write') && (
          <Button component="a" {...linkProps('/reports/new')} leftSection={<PlusIcon />}>
            {t('report.new')}
          </Button>
        )}
      </Group>
      <ReportSearch />
    </Stack>
  );
}
