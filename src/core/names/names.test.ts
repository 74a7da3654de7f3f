import { describe, expect, it } from 'vitest';
import { faker } from '@faker-js/faker';
import { latinKey } from './latin.ts';
import { nameTokens } from './normalize.ts';
import { skeleton } from './phonetic.ts';
import { editDistance, jaroWinkler } from './similarity.ts';
import { compareTokens, prepareToken } from './tokens.ts';
import { areVariants } from './variants.ts';

const cmp = (a: string, b: string, nonLatin = false) => compareTokens(prepareToken(a), prepareToken(b), nonLatin);

describe('latinKey and nameTokens', () => {
  it('keeps the meaning of latinKey', () => {
    expect(latinKey("Éric  d'Alembert")).toBe('eric d alembert');
    expect(latinKey('Юрий')).toBe('iurii');
  });
  it('drops honorifics, reads OCR digits, joins Abd al- and -ullah compounds', () => {
    expect(nameTokens('Dr. Ayman AL ZAWAHIRI')).toEqual(['ayman', 'al', 'zawahiri']);
    expect(nameTokens('M0HAMED 1BRAHIM')).toEqual(['mohamed', 'ibrahim']);
    expect(nameTokens('Abd al-Rahman')).toEqual(['abdrahman']);
    expect(nameTokens('Abdul Rahman')).toEqual(['abdrahman']);
    expect(nameTokens('Abdulrahman')).toEqual(['abdrahman']);
    expect(nameTokens('Nur Allah Nuri')).toEqual(['nurullah', 'nuri']);
    // "SURNAME, Given" reads in the usual order, so compounds join the same way
    expect(nameTokens('SHIHATA, Thirwat Salah')).toEqual(['thirwat', 'salah', 'shihata']);
    expect(nameTokens('AZIZ, Abdul')).toEqual(['abdaziz']);
    expect(nameTokens('Smith, Jr.')).toEqual(['smith', 'jr']);
  });
});

describe('phonetic skeleton', () => {
  it('folds romanisation variants of the same name', () => {
    for (const v of ['Muhammad', 'Mohamed', 'Mohammed', 'Mohammad']) expect(skeleton(latinKey(v))).toBe('mhmd');
    expect(skeleton('yuriy')).toBe(skeleton('iurii'));
    expect(skeleton('tharwat')).toBe(skeleton(latinKey('ثروت')));
    expect(skeleton('abdullah')).toBe(skeleton('abdulla'));
  });
});

describe('similarity', () => {
  it('Jaro-Winkler reference values', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 2);
    expect(jaroWinkler('abc', 'abc')).toBe(1);
  });
  it('edit distance counts OCR confusions as half', () => {
    expect(editDistance('kitten', 'sitting')).toBe(2.5); // e→i is a scanner confusion (0.5)
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('boris', 'b0ris')).toBe(0.5);
  });
});

describe('token comparison', () => {
  it('says how tokens matched', () => {
    expect(cmp('mohamed', 'mohamed')[1]).toBe('exact');
    expect(cmp('mohamed', 'muhammad')[1]).toBe('transliteration');
    expect(cmp('yuriy', 'iurii')[1]).toBe('phonetic');
    expect(cmp('zawahiri', 'zawahri')[0]).toBeGreaterThan(0.8);
    expect(cmp('katrangi', 'katragni')[1]).toBe('typo');
    expect(cmp('j', 'john')[1]).toBe('initial');
    expect(cmp('alzawahiri', 'zawahiri')[1]).toBe('particle');
    expect(cmp('smith', 'jones')[0]).toBe(0);
    expect(areVariants('mohamed', 'muhammad')).toBe(true);
  });
  it('never scores unrelated synthetic names as the same token', () => {
    faker.seed(3);
    for (let i = 0; i < 200; i++) {
      const a = latinKey(faker.person.lastName());
      const b = latinKey(faker.person.lastName());
      if (a === b || a.includes(' ') || b.includes(' ')) continue;
      const [sim] = cmp(a, b);
      expect(sim).toBeLessThan(1);
    }
  });
});
