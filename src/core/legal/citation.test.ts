import { describe, expect, it } from 'vitest';
import { basisCitation, citationKey } from './citation.ts';

const citation = basisCitation({ title: 'Processing of passenger data', article: 'art. 8', textReference: 'Law of 25 December 2016 on the processing of passenger data' });

describe('citationKey', () => {
  it('folds case, spacing and surrounding blanks', () => {
    expect(citationKey(`  ${citation.toUpperCase().replace(/ /g, '  ')}\n`)).toBe(citationKey(citation));
    expect(citationKey(citation)).toBe('processing of passenger data art 8 law of 25 december 2016 on the processing of passenger data');
  });

  it('writes every form of "article" the same', () => {
    const forms = ['art. 8', 'Art 8', 'ART.8', 'article 8', 'Article 8', 'artikel 8', 'Artikel 8', 'arts. 8', 'articles 8'];
    for (const f of forms) expect(citationKey(`Law X, ${f}`), f).toBe('law x art 8');
    // Consecutive words for article are each rewritten.
    expect(citationKey('article art 8')).toBe('art art 8');
    // A word that only begins like one is kept.
    expect(citationKey('Artistic works, Article 3')).toBe('artistic works art 3');
    expect(citationKey('Partial art 3')).toBe('partial art 3');
  });

  it('ignores punctuation: commas, parentheses, slashes, paragraph signs, dashes', () => {
    expect(citationKey('Law of 30 November 1998 (art. 18/9, § 1)')).toBe(citationKey('law of 30 november 1998 - art 18 9 §1'));
    expect(citationKey('Processing of passenger data — Article 8; Law of 25 December 2016 on the processing of passenger data.')).toBe(citationKey(citation));
  });

  it('keeps accented letters and digits, and tells different articles apart', () => {
    expect(citationKey('Loi organique des services de renseignement et de sécurité, art. 18/3')).toBe('loi organique des services de renseignement et de sécurité art 18 3');
    expect(citationKey('Law X, art. 8')).not.toBe(citationKey('Law X, art. 9'));
    expect(citationKey('Law X, art. 18/9')).not.toBe(citationKey('Law X, art. 189'));
    expect(citationKey('  ')).toBe('');
  });
});
