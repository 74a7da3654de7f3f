/** Search: subjects by name (default tab) or reports by full text. */
import { Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { setQuery, useLocation } from '../../lib/router.tsx';
import { ReportSearch } from './ReportSearch.tsx';
import { SubjectSearch } from './SubjectSearch.tsx';

export default function SearchPage() {
  const { t } = useTranslation();
  const loc = useLocation();
  const tab = loc.query.get('tab') === 'reports' ? 'reports' : 'subjects';
  return (
    <Stack gap="sm">
      <Title order={2}>{t('search.title')}</Title>
      <Tabs value={tab} onChange={(v) => setQuery({ tab: v === 'reports' ? 'reports' : undefined })} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="subjects" data-testid="tab-subjects">
            {t('search.tabSubjects')}
          </Tabs.Tab>
          <Tabs.Tab value="reports" data-testid="tab-reports">
            {t('search.tabReports')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="subjects" pt="sm">
          <SubjectSearch />
        </Tabs.Panel>
        <Tabs.Panel value="reports" pt="sm">
          <ReportSearch />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
