/**
 * The competent authorities of the member states where providers are established (issue #17): who
 * scrutinises a cross-border removal order, with their contacts, set up before an order is issued.
 * Authorities are organisations of that country (an administrator adds them under Organisations).
 */
import { Badge, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuthorities } from './DeliveryActions.tsx';

function CountryAuthorities({ country }: { country: string }) {
  const { t } = useTranslation();
  const q = useAuthorities(country, true);
  const items = q.data?.items ?? [];
  return (
    <Table.Tr data-testid="authority-country" data-country={country}>
      <Table.Td><Badge variant="light">{country}</Badge></Table.Td>
      <Table.Td>
        {q.isSuccess && items.length === 0 ? (
          <Text size="sm" c="orange.8">{t('content.orderSafety.noAuthorities', { country })}</Text>
        ) : (
          items.map((a) => (
            <Text key={a.id} size="sm">
              <b>{a.name}</b>{a.contact ? ` — ${a.contact}` : ''}
            </Text>
          ))
        )}
      </Table.Td>
    </Table.Tr>
  );
}

export function AuthoritiesPanel({ countries }: { countries: string[] }) {
  const { t } = useTranslation();
  const [extra, setExtra] = useState('');
  const code = extra.trim().toUpperCase();
  const all = [...new Set([...countries, ...(/^[A-Z]{2}$/.test(code) ? [code] : [])])].sort();
  return (
    <Paper withBorder p="sm" data-testid="authorities">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={4}>{t('content.orderSafety.authorities')}</Title>
          <TextInput size="xs" w={140} label={t('content.orderSafety.country')} value={extra} maxLength={2} onChange={(e) => setExtra(e.currentTarget.value)} data-testid="authorities-country" />
        </Group>
        <Text size="sm" c="dimmed">{t('content.orderSafety.authoritiesHelp')}</Text>
        <Table verticalSpacing={4}>
          <Table.Tbody>
            {all.map((c) => (
              <CountryAuthorities key={c} country={c} />
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}
