import { describe, expect, it } from 'vitest';
import { countryLabel, countryList, countryName } from './countries.ts';

describe('country names in the interface language', () => {
  it('names a code in en/nl/fr/de and keeps the code visible', () => {
    expect(countryLabel('BE', 'en')).toBe('Belgium (BE)');
    expect(countryLabel('BE', 'nl')).toBe('België (BE)');
    expect(countryLabel('be', 'fr')).toBe('Belgique (BE)');
    expect(countryLabel('BE', 'de')).toBe('Belgien (BE)');
    expect(countryName('MA', 'nl')).toBe('Marokko');
  });
  it('falls back to English for another language and leaves unknown values as given', () => {
    expect(countryName('DE', 'es')).toBe('Germany');
    expect(countryLabel('ZZ', 'en')).toBe('ZZ');
    expect(countryLabel('Atlantis', 'en')).toBe('Atlantis');
    expect(countryLabel(undefined, 'en')).toBe('');
    expect(countryList([], 'en')).toBe('—');
    expect(countryList(['NL', 'FR'], 'de')).toBe('Niederlande (NL), Frankreich (FR)');
  });
});

describe('shown name', () => {
  it('is short, not an abbreviation, and not shared by two countries', () => {
    expect(countryName('GB', 'en')).toBe('Great Britain');
    expect(countryName('CN', 'en')).toBe('China');
    expect(countryName('CD', 'en')).toBe('Democratic Republic of the Congo');
    expect(countryName('CG', 'en')).toBe('Republic of the Congo');
  });
});
