/** Administration: organisations, users, sharing groups and the administrator's own API tokens. */
import { Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { setQuery, useLocation } from '../../lib/router.tsx';
import { Groups } from './Groups.tsx';
import { Organisations } from './Organisations.tsx';
import { Tokens } from './TokensPage.tsx';
import { Users } from './Users.tsx';

export default function AdminPage() {
  const { t } = useTranslation();
  const loc = useLocation();
  const tab = loc.query.get('tab') ?? 'users';
  return (
    <Stack gap="sm">
      <Title order={2}>{t('admin.title')}</Title>
      <Tabs value={tab} onChange={(v) => setQuery({ tab: v ?? undefined })} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="users" data-testid="tab-users">{t('admin.users')}</Tabs.Tab>
          <Tabs.Tab value="organisations" data-testid="tab-organisations">{t('admin.organisations')}</Tabs.Tab>
          <Tabs.Tab value="groups" data-testid="tab-groups">{t('admin.groups')}</Tabs.Tab>
          <Tabs.Tab value="tokens" data-testid="tab-tokens">{t('nav.tokens')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="users" pt="sm"><Users /></Tabs.Panel>
        <Tabs.Panel value="organisations" pt="sm"><Organisations /></Tabs.Panel>
        <Tabs.Panel value="groups" pt="sm"><Groups /></Tabs.Panel>
        <Tabs.Panel value="tokens" pt="sm"><Tokens /></Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
