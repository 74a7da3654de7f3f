/**
 * The user's saved views of a table (GET/POST/DELETE /api/me/views): open one, save the table as it is
 * now under a name (the same name replaces it), delete one. Only their user ever sees them.
 */
import { ActionIcon, Button, Group, Menu, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, qs } from '../lib/api.ts';
import { errorText } from '../lib/validation.ts';
import { FormError } from './States.tsx';
import type { TableState } from './useTableState.ts';

export interface SavedView {
  id: string;
  screen: string;
  name: string;
  query: string;
  updatedAt: string;
}

export function SavedViews<S extends string, F extends string>({ screen, state }: { screen: string; state: TableState<S, F> }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const key = ['saved-views', screen];
  const views = useQuery({ queryKey: key, queryFn: () => api.get<{ views: SavedView[] }>(`/api/me/views${qs({ screen })}`) });
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const save = useMutation({
    mutationFn: () => api.post<SavedView>('/api/me/views', { screen, name: name.trim(), query: state.viewQuery() }),
    onSuccess: async () => {
      setOpen(false);
      setName('');
      await qc.invalidateQueries({ queryKey: key });
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) => api.del(`/api/me/views/${id}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: key }),
  });
  const list = views.data?.views ?? [];
  const current = state.viewQuery();
  const active = list.find((v) => v.query === current);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim()) save.mutate();
  };

  return (
    <>
      <Menu position="bottom-end" withinPortal shadow="md" width={280}>
        <Menu.Target>
          <Button variant="default" size="xs" data-testid="views-menu">
            {active ? t('tables.viewActive', { name: active.name }) : t('tables.views')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('tables.views')}</Menu.Label>
          {list.length === 0 && (
            <Text size="sm" c="dimmed" px="sm" py={4}>
              {t('tables.noViews')}
            </Text>
          )}
          {list.map((v) => (
            <Group key={v.id} gap={0} wrap="nowrap">
              <Menu.Item onClick={() => state.applyView(v.query)} data-testid="view-item" fw={v.id === active?.id ? 700 : undefined} style={{ flex: 1 }}>
                {v.name}
              </Menu.Item>
              <ActionIcon
                variant="subtle"
                color="red"
                size="sm"
                mr={6}
                aria-label={t('tables.deleteView', { name: v.name })}
                onClick={() => remove.mutate(v.id)}
                data-testid="view-delete"
              >
                ×
              </ActionIcon>
            </Group>
          ))}
          <Menu.Divider />
          <Menu.Item onClick={() => setOpen(true)} data-testid="view-save">
            {t('tables.saveView')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('tables.saveViewTitle')}>
        <form onSubmit={submit}>
          <Stack gap="sm">
            <TextInput
              label={t('tables.viewName')}
              description={t('tables.viewNameHelp')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              maxLength={80}
              required
              data-autofocus
              data-testid="view-name"
            />
            {save.isError && <FormError message={errorText(save.error, t)} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpen(false)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={save.isPending} disabled={!name.trim()} data-testid="view-save-submit">
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
