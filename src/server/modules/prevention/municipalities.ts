/**
 * Belgian municipalities by NIS code (from the CC0 map the product ships, 2019 boundaries): the name a
 * case, a programme or an exchange shows, in the language of its region (both in Brussels).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

let byNis: Map<string, string> | null = null;

function regionName(nis: string, nl: string, fr: string): string {
  if (nis.startsWith('21')) return nl === fr ? nl : `${fr} / ${nl}`;
  return /^(25|5|6|8|9)/.test(nis) ? fr : nl;
}

/** The municipality's name, or undefined for an unknown NIS code. */
export function municipalityName(nis: string): string | undefined {
  if (!byNis) {
    const rows = JSON.parse(readFileSync(join(import.meta.dirname, 'municipalities.json'), 'utf8')) as Array<[string, string, string]>;
    byNis = new Map(rows.map(([n, nl, fr]) => [n, regionName(n, nl, fr)]));
  }
  return byNis.get(nis);
}

/** Every municipality with its name, by NIS code. */
export function allMunicipalities(): Array<{ nisCode: string; name: string }> {
  municipalityName('00000');
  return [...byNis!].map(([nisCode, name]) => ({ nisCode, name })).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}
