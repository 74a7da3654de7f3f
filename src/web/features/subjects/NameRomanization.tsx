/**
 * A name's readable romanisation beside a name written in Arabic, Persian, Hebrew, Cyrillic or Greek
 * script (core/names/readable.ts, made in the browser; nothing is stored). Nothing for a Latin name, or
 * when the record already holds that romanisation among its names.
 */
import { Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { readableName } from '../../../core/names/readable.ts';

export function NameRomanization({ name, names = [] }: { name: string; names?: readonly string[] }) {
  const { t } = useTranslation();
  const readable = useMemo(() => readableName(name), [name]);
  if (!readable || names.some((n) => n.toLowerCase() === readable.toLowerCase())) return null;
  return (
    <Text span size="xs" c="dimmed" title={t('subject.romanizedHint')} data-testid="name-romanization" dir="ltr">
      {' '}({t('subject.romanized', { name: readable })})
    </Text>
  );
}
