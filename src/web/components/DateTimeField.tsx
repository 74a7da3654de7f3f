/**
 * A date and time field in the interface language's order (date as DateField: 04/12/2026, 4-12-2026,
 * 04.12.2026; time in 24 hours, 14:30) instead of the browser's datetime-local input, which prints the
 * browser's format. The form gets the local value YYYY-MM-DDTHH:mm (as datetime-local gave) or ''.
 * The date box carries `data-testid`, the time box `data-testid` + "-time".
 */
import { Group, Input, TextInput, type MantineSize } from '@mantine/core';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { parseTime } from '../lib/format.ts';
import { DateField } from './DateField.tsx';

interface Props {
  /** Local date and time, YYYY-MM-DDTHH:mm, or '' (none). */
  value: string;
  onChange: (local: string) => void;
  label?: ReactNode;
  description?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  size?: MantineSize;
  w?: number | string;
  /** Earliest and latest day, YYYY-MM-DD (the calendar's bounds). */
  min?: string;
  max?: string;
  'data-testid'?: string;
}

export function DateTimeField({ value, onChange, label, description, error, required, disabled, size, w, min, max, 'data-testid': testId }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [day, setDay] = useState(value.slice(0, 10));
  const [time, setTime] = useState(value.slice(11, 16));
  const [typo, setTypo] = useState(false);
  // A value set from outside (a reset, a proposal) replaces what is shown.
  useEffect(() => {
    const current = day && parseTime(time) ? `${day}T${parseTime(time)}` : '';
    if (current !== value) {
      setDay(value.slice(0, 10));
      setTime(value.slice(11, 16));
      setTypo(false);
    }
  }, [value]); // eslint-disable-line react-hooks/exhaustive-deps
  const emit = (d: string, tm: string) => {
    const hm = parseTime(tm);
    const next = d && hm ? `${d}T${hm}` : '';
    if (next !== value) onChange(next);
  };
  const pattern = t('common.timePattern');
  return (
    <Input.Wrapper id={id} label={label} description={description} error={error ?? (typo ? t('validation.timeTyped', { pattern }) : undefined)} required={required} size={size} w={w}>
      <Group gap={6} wrap="nowrap" align="flex-start">
        <DateField
          id={id}
          size={size}
          style={{ flex: 1, minWidth: 130 }}
          value={day}
          min={min}
          max={max}
          disabled={disabled}
          error={!!error || undefined}
          data-testid={testId}
          onChange={(d) => {
            setDay(d);
            // A day chosen with the time still empty starts at midnight, shown so it can be changed.
            const tm = d && time.trim() === '' ? '00:00' : time;
            if (tm !== time) setTime(tm);
            emit(d, tm);
          }}
        />
        <TextInput
          size={size}
          w={80}
          value={time}
          disabled={disabled}
          aria-label={t('common.time')}
          placeholder={pattern}
          inputMode="numeric"
          autoComplete="off"
          error={!!error || typo || undefined}
          data-testid={testId ? `${testId}-time` : undefined}
          onChange={(e) => {
            const s = e.currentTarget.value;
            setTime(s);
            if (parseTime(s) || s.trim() === '') setTypo(false);
            emit(day, s);
          }}
          onBlur={() => {
            const hm = parseTime(time);
            if (hm) setTime(hm);
            setTypo(time.trim() !== '' && hm === null);
          }}
        />
      </Group>
    </Input.Wrapper>
  );
}
