/**
 * Sharing (pillar 3): the objects held — own records as STIX, objects received from partner instances
 * with their provenance, imported ones — with STIX/MISP export of chosen records, and import. How
 * partners pull from this instance (TAXII 2.1 with an API token) is said at the bottom.
 */
import { Anchor, Code, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, setQuery, useLocation } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { ImportPanel } from './Exchange.tsx';
import { Objects } from './Objects.tsx';

export default function SharingPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const loc = useLocation();
  const tab = loc.query.get('tab') ?? 'objects';
  return (
    <Stack gap="sm">
      <Title order={2}>{t('sharing.title')}</Title>
      <Tabs value={tab} onChange={(v) => setQuery({ tab: v === 'objects' ? undefined : v })} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="objects" data-testid="tab-objects">{t('sharing.tabs.objects')}</Tabs.Tab>
          <Tabs.Tab value="import" data-testid="tab-import">{t('sharing.tabs.import')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="objects" pt="sm"><Objects /></Tabs.Panel>
        <Tabs.Panel value="import" pt="sm"><ImportPanel /></Tabs.Panel>
      </Tabs>
      <Text size="xs" c="dimmed">
        {t('sharing.taxiiHelp')} <Code>{`${window.location.origin}/taxii2/`}</Code>{' '}
        <Anchor component={Link} to="/tokens" size="xs">{t('nav.tokens')}</Anchor>
        {can('admin', 'admin') || can('sharing', 'admin') ? (
          <>
            {' · '}
            <Anchor component={Link} to="/partners" size="xs">{t('sharing.navPartners')}</Anchor>
          </>
        ) : null}
      </Text>
    </Stack>
  );
}
