/** The language switcher: applies at once, persists in localStorage and on the server. */
import { SegmentedControl } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../lib/api.ts';
import { applyLocale, isLocale, LOCALES } from '../lib/i18n.ts';
import type { Me } from '../lib/types.ts';

export function LanguageSwitcher({ signedIn = true }: { signedIn?: boolean }) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const change = async (v: string) => {
    if (!isLocale(v)) return;
    await applyLocale(v);
    if (!signedIn) return;
    qc.setQueryData<Me | null>(['me'], (m) => (m ? { ...m, locale: v } : m));
    try {
      await api.put('/api/auth/me/locale', { locale: v });
    } catch {
      // kept locally; the server copy updates on the next change
    }
  };
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('shell.language')}
      data-testid="language-switcher"
      value={isLocale(i18n.language) ? i18n.language : 'en'}
      onChange={(v) => void change(v)}
      data={LOCALES.map((l) => ({ value: l, label: l.toUpperCase() }))}
    />
  );
}
