import { describe, expect, it } from 'vitest';
import { readableName } from './readable.ts';

describe('readable romanisation of names in other scripts', () => {
  it('reads Arabic names with their vowels, particles and the article (not letter by letter)', () => {
    expect(readableName('عماد بن عبد السلام')).toBe('Imad bin Abd al-Salam');
    expect(readableName('عبدالرحمن الحسيني')).toBe('Abd al-Rahman al-Husayni');
    expect(readableName('طارق عزيز')).toBe('Tariq Aziz');
  });
  it('reads a name with Persian letters the Persian way', () => {
    expect(readableName('محمد رضا کریمی')).toBe('Mohammad Reza Karimi');
    expect(readableName('داریوش فرهادی')).toBe('Dariush Farhadi');
  });
  it('gives unknown Arabic-script words a vowel between consonants that cannot stand together', () => {
    expect(readableName('شهرام قربانی')).toBe('Shahram Qarbani');
  });
  it('reads Cyrillic, Hebrew and Greek', () => {
    expect(readableName('Станислав Кравченко')).toBe('Stanislav Kravchenko');
    expect(readableName('Юрий Гагарин')).toBe('Yuriy Gagarin');
    expect(readableName('יוסף כהן')).toBe('Yosef Cohen');
    expect(readableName('Σταύρος Παπαδόπουλος')).toBe('Stavros Papadopoulos');
    expect(readableName('Νίκος Κωνσταντίνου')).toBe('Nikos Konstantinou');
  });
  it('answers null for a Latin name', () => {
    expect(readableName('Zoltan Kővári')).toBeNull();
  });
});
