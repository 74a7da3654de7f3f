/**
 * Data values shown to people in the interface language: a stored value ("passport", "male", "active")
 * stays as it is in the data and on the wire, and is translated only where it is displayed. A value
 * without a translation (free text, a list's own wording) is shown as given.
 */
import type { TFunction } from 'i18next';

export type ValueKind = 'gender' | 'followUp' | 'documentType' | 'category' | 'kind' | 'link' | 'orgKind' | 'module' | 'permission' | 'classification' | 'distribution';

/** Spellings the data uses for the same value (list files, passenger data, older records). */
const ALIASES: Partial<Record<ValueKind, Record<string, string>>> = {
  gender: { m: 'male', f: 'female', man: 'male', woman: 'female', x: 'other', u: 'unknown' },
  documentType: {
    id: 'identity_card',
    id_card: 'identity_card',
    identity_card: 'identity_card',
    national_identity_card: 'identity_card',
    national_identification_number: 'national_id',
    national_id_number: 'national_id',
    nin: 'national_id',
    p: 'passport',
    passport_number: 'passport',
    driving_license: 'driving_licence',
    driver_license: 'driving_licence',
    drivers_license: 'driving_licence',
  },
};

/** Kinds whose values come from outside in varied spellings (normalised); the others are our own codes, used as they are. */
const FREE_SPELLING = new Set<ValueKind>(['gender', 'followUp', 'documentType', 'link']);

/** The key a value is translated under: lower case, words joined by "_", known aliases resolved. */
export function valueKey(kind: ValueKind, value: string): string {
  const k = value
    .trim()
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}+]+/gu, '_')
    .replace(/^_+|_+$/g, '');
  return ALIASES[kind]?.[k] ?? k;
}

/** A data value in the interface language ("passport" → "paspoort"); "—" when empty; as given when unknown. */
export function valueLabel(t: TFunction, kind: ValueKind, value: string | null | undefined): string {
  if (value === null || value === undefined || value.trim() === '') return '—';
  const key = FREE_SPELLING.has(kind) ? valueKey(kind, value) : value;
  return t(`vocab.${kind}.${key}`, { defaultValue: value });
}
