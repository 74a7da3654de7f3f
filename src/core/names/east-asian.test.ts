import { describe, expect, it } from 'vitest';
import { matchNames } from '../screening/name-match.ts';
import { eastAsianKeys, shareKey } from './east-asian.ts';
import { nameTokens } from './normalize.ts';
import { editDistance, ocrFold } from './similarity.ts';
import { compareTokens, prepareName, prepareToken } from './tokens.ts';

const same = (a: string, b: string) => shareKey(eastAsianKeys(a) ?? [], eastAsianKeys(b) ?? []);
const cmp = (a: string, b: string) => compareTokens(prepareToken(a), prepareToken(b));
const score = (a: string, b: string) => matchNames(prepareName(a), prepareName(b)).score;

describe('Korean and Chinese syllables across romanisation systems', () => {
  it('knows the Korean family names in RR, McCune–Reischauer and family spellings', () => {
    for (const [a, b] of [['kim', 'gim'], ['ri', 'lee'], ['yi', 'rhee'], ['pak', 'park'], ['choe', 'choi'], ['cho', 'jo'], ['jong', 'jeong'], ['yun', 'yoon']]) {
      expect(same(a!, b!), `${a} ~ ${b}`).toBe(true);
      expect(cmp(a!, b!)).toEqual([0.93, 'transliteration']);
    }
  });
  it('knows given-name syllables, also written joined (Myong-Su, Myongsu, Myeongsoo)', () => {
    expect(same('kyu', 'gyu')).toBe(true);
    expect(same('myongsu', 'myeongsoo')).toBe(true);
    expect(same('ryonghae', 'ryonghae')).toBe(true);
  });
  it('knows Pinyin and Wade–Giles (Zhang/Chang, Xi/Hsi, Qian/Chien)', () => {
    for (const [a, b] of [['zhang', 'chang'], ['xi', 'hsi'], ['qian', 'chien'], ['zhou', 'chou'], ['jinping', 'chinping']]) expect(same(a!, b!), `${a} ~ ${b}`).toBe(true);
  });
  it('is not transitive across languages and leaves other names alone', () => {
    expect(same('jin', 'qin')).toBe(false); // both "chin" in Wade–Giles/MR, not the same syllable
    expect(eastAsianKeys('hassan')).toBeUndefined();
    expect(eastAsianKeys('mohammed')).toBeUndefined();
    expect(same('kim', 'kang')).toBe(false);
  });
  it('matches listed North Korean names written the South Korean way', () => {
    // OFAC/UN: CHOE Ryong Hae, RI Myong Su, PAK Pong Ju
    expect(score('Choe Ryong Hae', 'Choi Ryong-hae')).toBeGreaterThan(0.9);
    expect(score('RI Myong Su', 'Lee Myeong-soo')).toBeGreaterThan(0.9);
    expect(score('PAK Pong Ju', 'Park Bong-joo')).toBeGreaterThan(0.9);
    expect(score('Xi Jinping', 'Hsi Chin-ping')).toBeGreaterThan(0.9);
    expect(score('Kim Jong Un', 'Kim Yong Nam')).toBeLessThan(0.7);
  });
});

describe('OCR: two letters read as one', () => {
  it('rn/m, cl/d, vv/w cost half an edit', () => {
    expect(editDistance('rnajeed', 'majeed')).toBe(0.5);
    expect(editDistance('ahmad', 'ahrnad')).toBe(0.5);
    expect(editDistance('clavid', 'david')).toBe(0.5);
    expect(editDistance('vvalid', 'walid')).toBe(0.5);
    expect(ocrFold('rnajeed')).toBe('majeed');
    // UN QDi.261 ADEM YILMAZ, OFAC Abdul MAJEED read by a scanner
    expect(score('ADERN YILMAZ', 'Adem Yilmaz')).toBeGreaterThan(0.85);
    expect(score('ABDUL RNAJEED', 'Abdul Majeed')).toBeGreaterThan(0.85);
  });
});

describe('short names with a letter dropped or added', () => {
  it('Oma/Omar, Iya/Iyad, Kag/Kang match as typos, a changed letter does not', () => {
    expect(cmp('oma', 'omar')).toEqual([0.8, 'typo']);
    expect(cmp('iyad', 'iya')).toEqual([0.8, 'typo']);
    expect(cmp('ali', 'ari')).toEqual([0, 'exact']);
  });
});

describe('Arabic article and al-Din compounds', () => {
  it('joins X al-Din / ud-Din / Eldin into one token as lists write it', () => {
    expect(nameTokens('Jalal al-Din Haqqani')).toEqual(['jalaluddin', 'haqqani']);
    expect(nameTokens('جلال الدين حقانى')[0]).toBe('jalaluddin');
    expect(nameTokens('Salem Nor Eldin Amohamed')).toEqual(['salem', 'noruddin', 'amohamed']);
    expect(nameTokens('Shihab ud-Din')).toEqual(['shihabuddin']);
    expect(nameTokens('Edin Dzeko')).toEqual(['edin', 'dzeko']);
  });
  it('reads a joined sun-letter article (Essabar = as-Sabar)', () => {
    // UN QDi.083 ZAKARYA ESSABAR, original script زكريا الصبار
    expect(cmp('essabar', 'sabar')).toEqual([0.92, 'particle']);
    expect(score('زكريا الصبار', 'ZAKARYA ESSABAR')).toBeGreaterThan(0.85);
  });
});
