import { describe, expect, it } from 'vitest';
import { nameSearchKeys, prepareSearchQuery, querySearchKeys, searchNameScore } from './search-keys.ts';

/** Whether a stored name matches a query by key (what the subject search's key tier asks of the database). */
function keyMatch(query: string, name: string): boolean {
  const keys = new Set(nameSearchKeys(name));
  const groups = querySearchKeys(query);
  return groups.length > 0 && groups.every((g) => g.some((k) => keys.has(k)));
}

const PAIRS: Array<[string, string, string]> = [
  ['Arabic', 'عماد بن عبد السلام', 'Imad Ben Abdessalam'],
  ['Persian', 'داریوش کریمی', 'Dariush Karimi'],
  ['Cyrillic', 'Станислав Кравченко', 'Stanislav Kravchenko'],
  ['Hebrew', 'אלון כהן', 'Alon Cohen'],
  ['Greek', 'Σταύρος Παπαδόπουλος', 'Stavros Papadopoulos'],
];

describe('name search keys from the screening engine', () => {
  for (const [script, native, latin] of PAIRS) {
    it(`finds ${script} from Latin and Latin from ${script}, closely scored`, () => {
      expect(keyMatch(latin, native)).toBe(true);
      expect(keyMatch(native, latin)).toBe(true);
      expect(searchNameScore(latin, native)).toBeGreaterThan(0.9);
      expect(searchNameScore(native, latin)).toBeGreaterThan(0.9);
    });
  }
  it('finds an Arabic name from one Latin given name or the Abd- compound', () => {
    for (const q of ['Emad', 'Imad', 'Abd al-Salam', 'Abdessalam']) expect(keyMatch(q, 'عماد بن عبد السلام'), q).toBe(true);
    expect(searchNameScore('Imad Ben Abdessalam', 'عماد بن عبد السلام')).toBeGreaterThan(searchNameScore('Emad', 'عماد بن عبد السلام'));
  });
  it('keeps other names apart and carries no key for a query of particles only', () => {
    expect(keyMatch('Emad', 'Ahmad Karimi')).toBe(false);
    expect(keyMatch('Stanislav Kravchenko', 'Stavros Papadopoulos')).toBe(false);
    expect(querySearchKeys('bin al')).toEqual([]);
    expect(searchNameScore('Emad', 'Umut Demir')).toBeLessThan(0.45);
  });
});

describe('prepareSearchQuery', () => {
  it('answers the key groups and the scores of querySearchKeys and searchNameScore', () => {
    for (const q of ['Imad Ben Abdessalam', 'عماد بن عبد السلام', 'Σταύρος Παπαδόπουλος', 'Dupont']) {
      const p = prepareSearchQuery(q);
      expect(p.keyGroups).toEqual(querySearchKeys(q));
      for (const name of ['Emad Abd al-Salam', 'Stavros Papadopoulos', 'Jean Dupont', 'عماد عبد السلام']) expect(p.score(name)).toBe(searchNameScore(q, name));
    }
  });
});
