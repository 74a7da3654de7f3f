/** A unit's position as the forms check it: both fields or neither, inside Belgium, with the server's bounds. */
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { crisis as en } from '../../i18n/en/crisis.ts';
import { crisis as nl } from '../../i18n/nl/crisis.ts';
import { unitInput } from '../../../core/crisis/inputs.ts';
import { checkPosition, positionText } from './position.ts';

describe('unit position fields', () => {
  it('accepts both or neither, refuses one alone or a place outside Belgium, as the server does', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'en', resources: { en: { translation: { crisis: en } }, nl: { translation: { crisis: nl } } }, interpolation: { escapeValue: false } });
    const t = i18n.t;
    expect(checkPosition('', '', t)).toEqual({ value: null, errors: {} });
    expect(checkPosition(50.8466, '4.3528', t)).toEqual({ value: { lat: 50.8466, lon: 4.3528 }, errors: {} });
    expect(checkPosition(50.8466, '', t)).toEqual({ errors: { lon: 'Give both latitude and longitude, or neither.' } });
    expect(checkPosition(48.9, 4.35, t)).toEqual({ errors: { lat: 'Must lie in Belgium (latitude 49.4–51.6).' } });
    expect(checkPosition(50.85, 7, t).errors.lon).toBe('Must lie in Belgium (longitude 2.5–6.5).');
    await i18n.changeLanguage('nl');
    expect(checkPosition('', 4.35, t).errors.lat).toBe('Geef zowel breedte- als lengtegraad, of geen van beide.');
    const unit = { name: 'Patrol 7', kind: 'car', discipline: 'D3', orgId: '00000000-0000-4000-8000-000000000001' };
    for (const [lat, lon] of [[50.85, 4.35], [48.9, 4.35], [50.85, 7], [50.85, null], [null, null]] as const) {
      const web = checkPosition(lat ?? '', lon ?? '', t).value !== undefined;
      expect(unitInput.safeParse({ ...unit, lat, lon }).success, `${lat} ${lon}`).toBe(web);
    }
    expect(positionText(50.8466, 4.3528)).toBe('50.84660, 4.35280');
    expect(positionText(null, null)).toBeNull();
  });
});
