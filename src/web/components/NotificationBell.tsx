/** The header bell: unread count, the latest notifications, mark read. */
import { ActionIcon, Anchor, Button, Divider, Group, Indicator, Popover, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeNotification } from '../features/notifications/describe.ts';
import { api } from '../lib/api.ts';
import { formatDateTime } from '../lib/format.ts';
import { Link, navigate } from '../lib/router.tsx';
import type { Notification } from '../lib/types.ts';
import { BellIcon } from './Icons.tsx';
import { ErrorState, Loading } from './States.tsx';

export function useNotifications() {
  return useQuery({
    queryKey: ['notifications'],
    queryFn: () => api.get<{ unread: number; items: Notification[] }>('/api/notifications?limit=50'),
    refetchInterval: 60_000,
  });
}

export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string | 'all') => (id === 'all' ? api.post('/api/notifications/read-all') : api.post(`/api/notifications/${id}/read`)),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['notifications'] }),
  });
}

export function NotificationBell() {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const q = useNotifications();
  const mark = useMarkRead();
  const unread = q.data?.unread ?? 0;
  const open1 = (n: Notification, to: string | null) => {
    if (!n.read) mark.mutate(n.id);
    setOpen(false);
    if (to) navigate(to);
  };
  return (
    <Popover opened={open} onChange={setOpen} width="min(380px, calc(100vw - 16px))" position="bottom-end" shadow="md">
      <Popover.Target>
        <Indicator label={unread > 99 ? '99+' : unread} size={16} disabled={unread === 0} color="red" offset={4}>
          <ActionIcon variant="subtle" color="gray" size="lg" onClick={() => setOpen((o) => !o)} aria-label={t('notifications.bell', { count: unread })} data-testid="bell">
            <BellIcon />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p="xs">
        <Group justify="space-between" mb={4}>
          <Text fw={600} size="sm">
            {t('notifications.title')}
          </Text>
          <Button size="compact-xs" variant="subtle" disabled={unread === 0} loading={mark.isPending} onClick={() => mark.mutate('all')}>
            {t('notifications.markAll')}
          </Button>
        </Group>
        <Divider />
        {q.isPending && <Loading />}
        {q.isError && <ErrorState error={q.error} onRetry={() => void q.refetch()} />}
        {q.data && q.data.items.length === 0 && (
          <Text size="sm" c="dimmed" py="md" ta="center">
            {t('notifications.none')}
          </Text>
        )}
        {q.data && q.data.items.length > 0 && (
          <ScrollArea.Autosize mah={360}>
            <Stack gap={0}>
              {q.data.items.slice(0, 10).map((n) => {
                const d = describeNotification(n, t);
                return (
                  <UnstyledButton key={n.id} onClick={() => open1(n, d.to)} p={6} style={{ borderRadius: 4, background: n.read ? undefined : 'var(--mantine-color-blue-light)' }}>
                    <Text size="sm" fw={n.read ? 400 : 600}>
                      {d.text}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {formatDateTime(n.createdAt, i18n.language)}
                    </Text>
                  </UnstyledButton>
                );
              })}
            </Stack>
          </ScrollArea.Autosize>
        )}
        <Divider my={4} />
        <Anchor component={Link} to="/notifications" size="sm" onClick={() => setOpen(false)}>
          {t('notifications.all')}
        </Anchor>
      </Popover.Dropdown>
    </Popover>
  );
}
