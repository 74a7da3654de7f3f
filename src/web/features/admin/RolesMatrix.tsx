/** The roles of a user: one row per module, one checkbox per permission. */
import { Checkbox, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MODULES, PERMISSIONS, type Module, type Permission } from '../../../core/vocab.ts';

export type Roles = Partial<Record<Module, Permission[]>>;

export function RolesMatrix({ roles, onChange }: { roles: Roles; onChange: (roles: Roles) => void }) {
  const { t } = useTranslation();
  const flip = (mod: Module, p: Permission, on: boolean) => {
    const cur = new Set(roles[mod] ?? []);
    if (on) cur.add(p);
    else cur.delete(p);
    const next = { ...roles };
    if (cur.size === 0) delete next[mod];
    else next[mod] = PERMISSIONS.filter((x) => cur.has(x));
    onChange(next);
  };
  return (
    <Table withTableBorder verticalSpacing={2} data-testid="roles-matrix">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('admin.module')}</Table.Th>
          {PERMISSIONS.map((p) => <Table.Th key={p} ta="center">{t(`vocab.permission.${p}`)}</Table.Th>)}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {MODULES.map((mod) => (
          <Table.Tr key={mod}>
            <Table.Td>{t(`vocab.module.${mod}`)}</Table.Td>
            {PERMISSIONS.map((p) => (
              <Table.Td key={p} ta="center">
                <Checkbox aria-label={`${mod} ${p}`} checked={roles[mod]?.includes(p) ?? false} onChange={(e) => flip(mod, p, e.currentTarget.checked)} styles={{ body: { justifyContent: 'center' } }} />
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
