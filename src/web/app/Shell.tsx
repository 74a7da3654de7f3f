/** The app shell: header (user, organisation, clearance, language, notifications, sign-out) and role-based navigation. */
import { AppShell, Avatar, Badge, Box, Burger, Button, Group, Menu, NavLink, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CLASSIFICATION_COLOR } from '../components/Badges.tsx';
import { LogoIcon } from '../components/Icons.tsx';
import { LanguageSwitcher } from '../components/LanguageSwitcher.tsx';
import { NotificationBell } from '../components/NotificationBell.tsx';
import { linkProps, navigate, useLocation } from '../lib/router.tsx';
import { useSession } from '../lib/session.tsx';
import { NAV, useAllowed } from './routes.tsx';

export function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { me, logout, can } = useSession();
  const allowed = useAllowed();
  const loc = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);
  useHotkeys([
    [
      '/',
      () => {
        if (!can('intel')) return;
        if (loc.path !== '/search') navigate('/search');
        setTimeout(() => document.getElementById('subject-search')?.focus(), 50);
      },
    ],
  ]);
  const items = NAV.filter((n) => allowed(n.need));
  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 190, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <a href="#main" className="vigil-skip" style={{ position: 'absolute', left: -9999 }} onFocus={(e) => (e.currentTarget.style.left = '8px')} onBlur={(e) => (e.currentTarget.style.left = '-9999px')}>
        {t('shell.skip')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('shell.menu')} />
            <UnstyledButton {...linkProps('/')} component="a" aria-label={t('shell.home')}>
              <Group gap={6} wrap="nowrap">
                <LogoIcon />
                <Text fw={800} size="lg">
                  Vigil
                </Text>
              </Group>
            </UnstyledButton>
          </Group>
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            <Box visibleFrom="sm">
              <LanguageSwitcher />
            </Box>
            <NotificationBell />
            <Menu position="bottom-end" width={280}>
              <Menu.Target>
                <UnstyledButton data-testid="user-menu" aria-label={t('shell.account')} style={{ minWidth: 0 }}>
                  <Avatar hiddenFrom="sm" size={34} radius="xl" color={CLASSIFICATION_COLOR[me.clearance] ?? 'gray'} title={me.displayName}>
                    {initials(me.displayName)}
                  </Avatar>
                  <Stack gap={0} align="flex-end" visibleFrom="sm" style={{ minWidth: 0 }}>
                    <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
                      <Text size="sm" fw={600} data-testid="user-name" truncate="end" maw={260} title={me.displayName}>
                        {me.displayName}
                      </Text>
                      <Badge size="xs" color={CLASSIFICATION_COLOR[me.clearance] ?? 'gray'} variant="light" title={t('shell.clearance')} style={{ flexShrink: 0, overflow: 'visible' }}>
                        {t(`vocab.classification.${me.clearance}`)}
                      </Badge>
                    </Group>
                    <Text size="xs" c="dimmed" data-testid="user-org" truncate="end" maw={300}>
                      {me.organisation.name}
                    </Text>
                  </Stack>
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                <Box px="sm" py={6} data-testid="menu-user">
                  <Text size="sm" fw={600}>
                    {me.displayName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {me.organisation.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {me.username} · {t('shell.clearance')}: {t(`vocab.classification.${me.clearance}`)}
                  </Text>
                </Box>
                <Box px="sm" pb={6} hiddenFrom="sm">
                  <LanguageSwitcher />
                </Box>
                <Menu.Divider />
                <Menu.Item onClick={() => navigate('/tokens')}>{t('nav.tokens')}</Menu.Item>
                <Menu.Item onClick={() => navigate('/notifications')}>{t('nav.notifications')}</Menu.Item>
                <Menu.Divider />
                <Menu.Item color="red" onClick={() => void logout()} data-testid="menu-logout">
                  {t('shell.logout')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
            <Button size="compact-sm" variant="subtle" color="gray" onClick={() => void logout()} data-testid="logout" visibleFrom="md">
              {t('shell.logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('shell.navigation')}>
        {items.map((n) => (
          <NavLink
            key={n.to}
            component="a"
            {...linkProps(n.to)}
            onClickCapture={close}
            label={t(n.label)}
            active={loc.path === n.to || loc.path.startsWith(`${n.to}/`)}
            data-testid={`nav-${n.to.slice(1)}`}
          />
        ))}
        <Text size="xs" c="dimmed" mt="auto" p="xs">
          {t('shell.auditNotice')}
        </Text>
      </AppShell.Navbar>
      <AppShell.Main id="main" bg="gray.0">
        {children}
      </AppShell.Main>
    </AppShell>
  );
}

/** Two letters for the phone header's account button (the name itself is in the menu). */
function initials(name: string): string {
  const words = name.replace(/\(.*?\)/g, ' ').split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const letters = words.length > 1 ? [words[0]!, words[words.length - 1]!] : words.slice(0, 1);
  return letters.map((w) => [...w][0]!.toUpperCase()).join('') || '?';
}
