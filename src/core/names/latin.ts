import { coarseKey, skeleton } from './phonetic.ts';

/**
 * Latin search keys for names written in any script: the form Vigil indexes and compares.
 * latinKey("Éric  d'Alembert") === "eric d alembert"; latinKey("Юрий") === "iurii".
 */

const SPECIAL: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ŀ: 'l', ħ: 'h',
};

// Cyrillic: a simple ICAO 9303-style romanisation (the one passports use).
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'i', і: 'i',
  ї: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ў: 'u',
  ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: 'ie', ы: 'y', ь: '', э: 'e', ю: 'iu', я: 'ia',
  ђ: 'd', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', џ: 'dz',
};

const GREEK: Record<string, string> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n',
  ξ: 'x', ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};

// Arabic consonants with their usual English romanisation; short vowels are not written, so
// long-vowel letters stand for the vowels and the matcher compares consonant skeletons.
const ARABIC: Record<string, string> = {
  ا: 'a', أ: 'a', إ: 'i', آ: 'a', ٱ: 'a', ء: '', ؤ: 'u', ئ: 'i', ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h',
  خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's', ش: 'sh', ص: 's', ض: 'd', ط: 't', ظ: 'z', ع: '',
  غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', ة: 'a', و: 'w', ي: 'y', ى: 'a',
  پ: 'p', چ: 'ch', ژ: 'zh', گ: 'g', ک: 'k', ی: 'y',
};

const HEBREW: Record<string, string> = {
  א: 'a', ב: 'b', ג: 'g', ד: 'd', ה: 'h', ו: 'v', ז: 'z', ח: 'ch', ט: 't', י: 'y', כ: 'k', ך: 'k', ל: 'l',
  מ: 'm', ם: 'm', נ: 'n', ן: 'n', ס: 's', ע: '', פ: 'p', ף: 'f', צ: 'ts', ץ: 'ts', ק: 'k', ר: 'r', ש: 'sh',
  ת: 't',
};

const TABLES = [CYRILLIC, GREEK, ARABIC, HEBREW, SPECIAL];

/** Transliterates non-Latin letters to Latin; leaves Latin letters (with their accents) as they are. */
export function transliterate(input: string): string {
  let out = '';
  for (const ch of input.toLowerCase()) {
    let mapped: string | undefined;
    for (const table of TABLES) {
      mapped = table[ch];
      if (mapped !== undefined) break;
    }
    out += mapped ?? ch;
  }
  return out;
}

/** The Latin search key of a name: transliterated, accents and case removed, punctuation to spaces. */
export function latinKey(name: string): string {
  // Decompose first so accented letters of every script meet their base letter in the tables.
  const bare = name.normalize('NFKD').replace(/\p{M}+/gu, '');
  return transliterate(bare)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The search keys of a Latin name: the coarse consonant skeleton of each word (see phonetic.ts), so
 * vowel changes, doubled letters and common romanisation swaps meet (Mohamed / Muhammad, s / z, d / t).
 * Name search first looks for names holding every key of the query.
 */
export function nameKeys(latin: string): string[] {
  const keys = new Set<string>();
  for (const token of latin.split(' ')) {
    if (!token) continue;
    keys.add(coarseKey(skeleton(token)) || token);
  }
  return [...keys];
}
