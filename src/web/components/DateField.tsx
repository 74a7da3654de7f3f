/**
 * A date field that shows and takes dates as the interface language writes them (04/12/2026,
 * 4-12-2026, 04.12.2026), with a calendar button, and gives the form YYYY-MM-DD. The browser's own
 * date input would print the browser's format instead, a third one beside the page's dates.
 */
import { ActionIcon, Box, TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay, parseDay } from '../lib/format.ts';
import { CalendarIcon } from './Icons.tsx';

interface Props extends Omit<TextInputProps, 'value' | 'onChange' | 'type' | 'min' | 'max'> {
  /** YYYY-MM-DD or '' (no date). */
  value: string;
  onChange: (iso: string) => void;
  min?: string;
  max?: string;
}

export function DateField({ value, onChange, min, max, error, disabled, onBlur, ...rest }: Props) {
  const { t, i18n } = useTranslation();
  const shown = (iso: string) => (iso ? formatDay(iso, i18n.language) : '');
  const [text, setText] = useState(() => shown(value));
  const [typo, setTypo] = useState(false);
  const picker = useRef<HTMLInputElement>(null);
  // A value set from outside (a reset, a proposal) replaces what is shown; a language change rewrites it.
  useEffect(() => {
    if ((parseDay(text) ?? '') !== value) {
      setText(shown(value));
      setTypo(false);
    }
  }, [value]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    const iso = parseDay(text);
    if (iso) setText(shown(iso));
  }, [i18n.language]); // eslint-disable-line react-hooks/exhaustive-deps
  const type = (s: string) => {
    setText(s);
    const iso = parseDay(s);
    if (iso !== null) {
      setTypo(false);
      if (iso !== value) onChange(iso);
    } else {
      // Half-typed or not a date: the form holds no date (never the last good one the box no longer shows).
      if (s.trim() === '') setTypo(false);
      if (value !== '') onChange('');
    }
  };
  const pattern = t('common.datePattern');
  return (
    <TextInput
      {...rest}
      value={text}
      disabled={disabled}
      placeholder={rest.placeholder ?? pattern}
      inputMode="numeric"
      autoComplete="off"
      data-iso={value}
      onChange={(e) => type(e.currentTarget.value)}
      onBlur={(e) => {
        const iso = parseDay(text);
        if (iso) setText(shown(iso));
        setTypo(text.trim() !== '' && iso === null);
        onBlur?.(e);
      }}
      error={typo ? t('validation.dateTyped', { pattern }) : error}
      rightSection={
        <Box pos="relative">
          <ActionIcon variant="subtle" color="gray" disabled={disabled} aria-label={t('common.pickDate')} onClick={() => picker.current?.showPicker?.()} tabIndex={-1}>
            <CalendarIcon />
          </ActionIcon>
          {/* The browser's calendar, opened by the button; its own text box is never shown. */}
          <input
            ref={picker}
            type="date"
            tabIndex={-1}
            aria-hidden="true"
            value={value}
            min={min}
            max={max}
            onChange={(e) => {
              const iso = e.currentTarget.value;
              setText(shown(iso));
              setTypo(false);
              onChange(iso);
            }}
            style={{ position: 'absolute', left: 0, bottom: 0, width: 1, height: 1, opacity: 0, pointerEvents: 'none', border: 0, padding: 0 }}
          />
        </Box>
      }
    />
  );
}
