import { describe, expect, it } from 'vitest';
import { countryCodes, countryName, toAlpha2 } from './countries.ts';

describe('countries from i18n-iso-countries plus the supplement', () => {
  it('reads names in nl, fr and de from the package', () => {
    expect(['Belgium', 'België', 'Belgique', 'Belgien'].map(toAlpha2)).toEqual(['BE', 'BE', 'BE', 'BE']);
    expect(['Nederland', 'Pays-Bas', 'Niederlande'].map(toAlpha2)).toEqual(['NL', 'NL', 'NL']);
  });
  it('keeps demonyms, older names and MRZ codes the package lacks', () => {
    expect(['Afghan', 'Belgian', 'Byelorussia', 'The Bahamas', 'Zaire', 'D', 'RKS', 'XKX', 'USSR'].map(toAlpha2)).toEqual(['AF', 'BE', 'BY', 'BS', 'CD', 'DE', 'XK', 'XK', 'RU']);
    expect(toAlpha2('Congo')).toBe('CG'); // shared by CG and CD in the package; the UN list means the Republic
  });
  it('lists every ISO 3166-1 code with an English name', () => {
    expect(countryCodes()).toHaveLength(250);
    expect(countryName('be')).toBe('Belgium');
  });
});
