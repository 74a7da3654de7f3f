/** All notifications: newest first, mark one or all read, open the record. */
import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMarkRead, useNotifications } from '../../components/NotificationBell.tsx';
import { Empty, ErrorState, Loading } from '../../components/States.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { Link } from '../../lib/router.tsx';
import { describeNotification } from './describe.ts';

export default function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const q = useNotifications();
  const mark = useMarkRead();
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2}>{t('notifications.title')}</Title>
        <Button size="xs" variant="light" disabled={!q.data?.unread} loading={mark.isPending && mark.variables === 'all'} onClick={() => mark.mutate('all')}>
          {t('notifications.markAll')}
        </Button>
      </Group>
      {q.isPending && <Loading />}
      {q.isError && <ErrorState error={q.error} onRetry={() => void q.refetch()} />}
      {q.data && q.data.items.length === 0 && <Empty title={t('notifications.none')}>{t('notifications.noneHelp')}</Empty>}
      {q.data && q.data.items.length > 0 && (
        <Paper withBorder>
          <Table verticalSpacing={6} data-testid="notifications-table">
            <Table.Tbody>
              {q.data.items.map((n) => {
                const d = describeNotification(n, t);
                return (
                  <Table.Tr key={n.id} bg={n.read ? undefined : 'blue.0'}>
                    <Table.Td w={160}>
                      <Text size="xs" c="dimmed">
                        {formatDateTime(n.createdAt, i18n.language)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {d.to ? (
                        <Anchor component={Link} to={d.to} fw={n.read ? 400 : 600} onClick={() => !n.read && mark.mutate(n.id)}>
                          {d.text}
                        </Anchor>
                      ) : (
                        <Text fw={n.read ? 400 : 600}>{d.text}</Text>
                      )}
                    </Table.Td>
                    <Table.Td w={140} ta="right">
                      {n.read ? (
                        <Badge variant="outline" color="gray">
                          {t('notifications.read')}
                        </Badge>
                      ) : (
                        <Button size="compact-xs" variant="subtle" onClick={() => mark.mutate(n.id)}>
                          {t('notifications.markRead')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Stack>
  );
}
