/** Alert content for the alerts tests: complete (it passes every check) unless a test breaks a field. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/backend.ts';

export const XSD = join(ROOT, 'test', 'fixtures', 'cap', 'CAP-v1.2.xsd');
export const XMLLINT = process.env.XMLLINT ?? '/usr/bin/xmllint';
export const hasXmllint = existsSync(XMLLINT);
if (!hasXmllint) console.warn(`CAP schema checks skipped: ${XMLLINT} is missing (install Debian's libxml2-utils; CI does).`);

/** Validates a CAP message against the OASIS schema with xmllint: exit code and its words. */
export function validateCap(xml: string): { ok: boolean; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-cap-'));
  const file = join(dir, 'alert.xml');
  writeFileSync(file, xml);
  const r = spawnSync(XMLLINT, ['--noout', '--nonet', '--schema', XSD, file], { encoding: 'utf8' });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

export function alertContent(over: { status?: 'Actual' | 'Exercise'; headline?: string } = {}) {
  const langs = ['nl-BE', 'fr-BE', 'de-DE', 'en-GB'] as const;
  return {
    status: over.status ?? 'Exercise',
    category: ['Security'],
    responseType: ['Shelter'],
    urgency: 'Immediate',
    severity: 'Severe',
    certainty: 'Observed',
    onset: null,
    expires: new Date(Date.now() + 6 * 3_600_000).toISOString(),
    web: 'https://crisis.example/info?a=1&b=2',
    contact: 'Crisis centre <1771>',
    info: langs.map((language) => ({
      language,
      event: 'Terrorist attack',
      headline: `${over.headline ?? 'Stay indoors'} (${language}) & "quotes" <tags>`,
      description: 'An attack took place near the station.\nEmergency services are on site.',
      instruction: 'Stay indoors, close windows & doors.',
      sms: `BE-Alert ${language}: stay indoors, close windows and doors.`,
    })),
    area: { description: 'Brussels centre & station', polygons: [[[50.848, 4.353], [50.848, 4.361], [50.843, 4.361], [50.843, 4.353], [50.848, 4.353]]], circles: [{ lat: 50.845, lon: 4.357, radiusKm: 1.5 }], municipalities: ['21004', '21009'] },
  };
}
