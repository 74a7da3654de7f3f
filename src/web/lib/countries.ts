/**
 * Country names in the interface language for ISO 3166-1 alpha-2 codes (nationalities, document
 * issuing states, provider countries), from the maintained i18n-iso-countries package with only the
 * four interface languages registered. The code stays visible: "België (BE)".
 */
import countries from 'i18n-iso-countries';
import de from 'i18n-iso-countries/langs/de.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import nl from 'i18n-iso-countries/langs/nl.json' with { type: 'json' };

const LANGS = ['en', 'nl', 'fr', 'de'] as const;
for (const l of [en, nl, fr, de]) countries.registerLocale(l);

/**
 * Per language, the name to show for each code: the package lists an official name and aliases
 * ("Koninkrijk België", "België"); the shortest one that is not an abbreviation ("UK") and that no other
 * country shares ("Congo") is shown.
 */
const SHOWN = new Map<string, Map<string, string>>(
  LANGS.map((lang) => {
    const all = countries.getNames(lang, { select: 'all' });
    const uses = new Map<string, number>();
    for (const names of Object.values(all)) for (const n of new Set(names)) uses.set(n, (uses.get(n) ?? 0) + 1);
    const shown = new Map<string, string>();
    for (const [code, names] of Object.entries(all)) {
      const fit = names.filter((n) => uses.get(n) === 1 && !/^[A-Z.]+$/.test(n)).sort((a, b) => a.length - b.length);
      shown.set(code, fit[0] ?? names[0]!);
    }
    return [lang, shown];
  }),
);

/** The country's name in the interface language (English for another language), or undefined for a code that is not ISO 3166-1. */
export function countryName(code: string | null | undefined, locale: string): string | undefined {
  if (!code || !/^[A-Za-z]{2}$/.test(code)) return undefined;
  const lang = (LANGS as readonly string[]).includes(locale.slice(0, 2)) ? locale.slice(0, 2) : 'en';
  return SHOWN.get(lang)!.get(code.toUpperCase());
}

/** "België (BE)"; a value that is not a known alpha-2 code is shown as given, empty as "". */
export function countryLabel(code: string | null | undefined, locale: string): string {
  if (!code) return '';
  const name = countryName(code, locale);
  return name ? `${name} (${code.toUpperCase()})` : code;
}

/** Several codes, comma-separated, or "—" when there are none. */
export function countryList(codes: readonly string[] | null | undefined, locale: string): string {
  return codes?.length ? codes.map((c) => countryLabel(c, locale)).join(', ') : '—';
}
