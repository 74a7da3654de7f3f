/** Data values ("passport", "male", "active") shown in each interface language, as given when unknown. */
import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { de } from '../i18n/de.ts';
import { en } from '../i18n/en.ts';
import { fr } from '../i18n/fr.ts';
import { nl } from '../i18n/nl.ts';
import { valueKey, valueLabel } from './labels.ts';

async function tFor(lng: string) {
  const i = createInstance();
  await i.init({ resources: { en: { translation: en }, nl: { translation: nl }, fr: { translation: fr }, de: { translation: de } }, lng, fallbackLng: 'en', interpolation: { escapeValue: false } });
  return i.t;
}

describe('valueLabel', () => {
  it('translates document types, genders and follow-up statuses', async () => {
    const expected: Record<string, [string, string, string]> = {
      en: ['passport', 'male', 'active'],
      nl: ['paspoort', 'man', 'actief'],
      fr: ['passeport', 'homme', 'actif'],
      de: ['Reisepass', 'männlich', 'aktiv'],
    };
    for (const [lng, [doc, gender, status]] of Object.entries(expected)) {
      const t = await tFor(lng);
      expect(valueLabel(t, 'documentType', 'passport')).toBe(doc);
      expect(valueLabel(t, 'documentType', 'Passport')).toBe(doc);
      expect(valueLabel(t, 'gender', 'male')).toBe(gender);
      expect(valueLabel(t, 'gender', 'M')).toBe(gender);
      expect(valueLabel(t, 'followUp', 'active')).toBe(status);
    }
  });
  it('resolves the spellings lists use', () => {
    expect(valueKey('documentType', 'National Identification Number')).toBe('national_id');
    expect(valueKey('documentType', 'ID card')).toBe('identity_card');
    expect(valueKey('gender', 'F')).toBe('female');
  });
  it('shows an unknown value as given and an empty one as a dash', async () => {
    const t = await tFor('nl');
    expect(valueLabel(t, 'documentType', 'Seaman’s book')).toBe('Seaman’s book');
    expect(valueLabel(t, 'gender', '')).toBe('—');
    expect(valueLabel(t, 'gender', null)).toBe('—');
    expect(valueLabel(t, 'orgKind', 'threat-assessment')).toBe('dreigingsanalyse');
  });
});
