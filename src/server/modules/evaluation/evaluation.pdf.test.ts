import { describe, expect, it } from 'vitest';
import { evaluation as en } from '../../../web/i18n/en/evaluation.ts';
import { evaluation as nl } from '../../../web/i18n/nl/evaluation.ts';
import { evaluation as fr } from '../../../web/i18n/fr/evaluation.ts';
import { evaluation as de } from '../../../web/i18n/de/evaluation.ts';
import { EVALUATION_PDF_CAVEATS, EVALUATION_PDF_LABELS } from './evaluation.pdf-labels.ts';

describe('evaluation PDF labels', () => {
  it('word the caveats as the evaluation screen does, in every language', () => {
    for (const [lang, web] of Object.entries({ en, nl, fr, de })) expect(EVALUATION_PDF_CAVEATS[lang as 'en'], lang).toEqual(web.caveats);
  });
  it('name every reliability level', () => {
    for (const l of Object.values(EVALUATION_PDF_LABELS)) expect(Object.keys(l.reliability).sort()).toEqual(Object.keys(en.reliability).sort());
  });
});
