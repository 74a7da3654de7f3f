/**
 * Errors by code: every code the server answers has a text in English, Dutch, French and German, and
 * errorText shows that text first; the server's text follows only where it says what to fix (bad input,
 * a conflict, a size limit), never for a refusal or an internal error.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { ERROR_STATUS } from '../../server/platform/errors.ts';
import { de } from '../i18n/de.ts';
import { en } from '../i18n/en.ts';
import { fr } from '../i18n/fr.ts';
import { nl } from '../i18n/nl.ts';
import { ApiError } from './api.ts';
import { ERROR_CODES, errorText, fieldText } from './validation.ts';

const SERVER = join(import.meta.dirname, '../../server');

/** Codes the server writes into an error answer: AppError's codes and literal `error: { code: 'X' … }`. */
function emittedCodes(): Set<string> {
  const codes = new Set<string>(Object.keys(ERROR_STATUS));
  const files = readdirSync(SERVER, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  for (const f of files) {
    const src = readFileSync(join(SERVER, f), 'utf8');
    for (const m of src.matchAll(/new AppError\('([A-Z_]+)'/g)) codes.add(m[1]!);
    for (const m of src.matchAll(/error: \{ code: '([A-Z_]+)'/g)) codes.add(m[1]!);
  }
  return codes;
}

const LANGS = { en, nl, fr, de } as Record<string, { errors?: { code?: Record<string, string> } }>;

describe('error codes', () => {
  const emitted = emittedCodes();

  it('the web knows every code the server emits', () => {
    expect(emitted.size).toBeGreaterThanOrEqual(10);
    expect([...emitted].filter((c) => !(ERROR_CODES as readonly string[]).includes(c))).toEqual([]);
  });

  it('every code has a text in en, nl, fr and de', () => {
    const missing: string[] = [];
    for (const [lang, res] of Object.entries(LANGS)) {
      for (const code of ERROR_CODES) if (!res.errors?.code?.[code]?.trim()) missing.push(`${lang}: errors.code.${code}`);
    }
    expect(missing).toEqual([]);
  });

  it('errorText and fieldText translate by code; only bad input, conflicts and limits keep the server detail', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources: { en: { translation: en }, nl: { translation: nl }, fr: { translation: fr }, de: { translation: de } }, lng: 'en', fallbackLng: 'en' });
    for (const lang of Object.keys(LANGS)) {
      await i18n.changeLanguage(lang);
      for (const code of ERROR_CODES) {
        const text = errorText(new ApiError(400, code, 'Server English text'), i18n.t);
        const own = LANGS[lang]!.errors!.code![code]!;
        if (['INVALID_INPUT', 'CONFLICT', 'PAYLOAD_TOO_LARGE'].includes(code)) expect(text).toBe(`${own} Server English text`);
        else expect(text).toBe(own);
      }
      // Beside its field: the translated text, then what was wrong, without repeating the field's name.
      const beside = fieldText(new ApiError(400, 'INVALID_INPUT', 'period: not a period (2026-Q5)', 'period'), i18n.t);
      expect(beside).toContain('not a period (2026-Q5)');
      expect(beside).not.toContain('period: ');
      // A refusal or an internal error never shows the server's text.
      expect(errorText(new ApiError(500, 'INTERNAL', 'stack details'), i18n.t)).not.toContain('stack');
      expect(errorText(new ApiError(403, 'FORBIDDEN', 'role legal:approve missing'), i18n.t)).not.toContain('legal');
    }
    expect(errorText(new ApiError(502, 'HTTP_502', 'Bad Gateway'), i18n.t)).not.toContain('Bad Gateway');
  });
});
