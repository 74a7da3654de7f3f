import { describe, expect, it } from 'vitest';
import { legal as de } from '../../web/i18n/de/legal.ts';
import { legal as en } from '../../web/i18n/en/legal.ts';
import { legal as fr } from '../../web/i18n/fr/legal.ts';
import { legal as nl } from '../../web/i18n/nl/legal.ts';
import { ICS_LOCALES, icsLabels } from './ics-labels.ts';

const screens = { en, nl, fr, de } as const;

describe('icsLabels', () => {
  it('names every kind of deadline as the deadlines screen does, in each language', () => {
    for (const l of ICS_LOCALES) expect(icsLabels(l).deadline, l).toEqual(screens[l].deadline);
  });

  it('speaks the user’s language, and English for any other', () => {
    expect(icsLabels('nl').deadline.opinion).toBe('Advies van de commissie');
    expect(icsLabels('fr').record.cooperation).toBe('demande de coopération');
    expect(icsLabels('de').calendarName).toBe('Vigil gesetzliche Fristen');
    expect(icsLabels('es')).toMatchObject({ locale: 'en', calendarName: 'Vigil legal deadlines' });
    expect(icsLabels(undefined).locale).toBe('en');
  });

  it('describes a deadline with the record and its legal reference only', () => {
    const v = { deadline: 'X', record: 'Y', reference: 'AUT-1', legalReference: 'art. 18/10 §3' };
    for (const l of ICS_LOCALES) {
      const text = icsLabels(l).description(v);
      for (const part of Object.values(v)) expect(text, l).toContain(part);
    }
  });
});
