/** i18next set-up: English, Dutch, French and German; the choice persists in localStorage and on the server. */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { de } from '../i18n/de.ts';
import { en } from '../i18n/en.ts';
import { fr } from '../i18n/fr.ts';
import { nl } from '../i18n/nl.ts';

export const LOCALES = ['en', 'nl', 'fr', 'de'] as const;
export type Locale = (typeof LOCALES)[number];
const KEY = 'vigil.locale';

export function storedLocale(): Locale {
  try {
    const v = localStorage.getItem(KEY);
    if (v && (LOCALES as readonly string[]).includes(v)) return v as Locale;
  } catch {
    // no storage
  }
  const nav = navigator.language.slice(0, 2);
  return (LOCALES as readonly string[]).includes(nav) ? (nav as Locale) : 'en';
}

export function isLocale(v: string | null | undefined): v is Locale {
  return !!v && (LOCALES as readonly string[]).includes(v);
}

/** Switches the interface language here (the caller persists it on the server). */
export async function applyLocale(l: Locale): Promise<void> {
  try {
    localStorage.setItem(KEY, l);
  } catch {
    // no storage
  }
  document.documentElement.lang = l;
  if (i18n.language !== l) await i18n.changeLanguage(l);
}

const initial = storedLocale();
document.documentElement.lang = initial;

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, nl: { translation: nl }, fr: { translation: fr }, de: { translation: de } },
  lng: initial,
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18n;
