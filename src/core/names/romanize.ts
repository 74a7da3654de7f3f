/**
 * Romanisation for screening: names in Arabic-script (Arabic, Persian, Urdu, Pashto) and Hebrew are
 * romanised word by word the way watch lists write them, rather than letter by letter:
 * - word-initial ʿayn and alef are vowels (عمر → "amr" ~ Omar, علي → "ali"), the article ال is split off
 *   as the particle "al" (العبيدي → "al ubidi" ~ AL-UBAYDI), الله stays "allah";
 * - و and ي are consonants at the start of a word or next to a long vowel and vowels elsewhere
 *   (محمود → "mahmud"-like "mhmud", أبو → "abu"); a final ه after a consonant is the silent -a/-e
 *   (جمعه → "jmah" ~ Juma); two consonants that would read as one Latin digraph get the unwritten vowel
 *   between them (انتصار → "antasar" ~ Intissar, not "ts"), and so does an initial ج (جمال → "jamal");
 * - Urdu and Pashto letters (ٹ ڈ ڑ ں ہ ھ ے, ټ ډ ړ ښ ځ څ ڼ ې ۍ) and Kurdish ones are read;
 * - a second, Persian/Afghan reading (ض ذ ظ → z, ث → s, consonantal و → v) is offered by
 *   `romanizeName(name, 'persian')` because Afghan and Iranian names are listed that way
 *   (ذاکر → Zakir, ثناء اللہ → Sanaullah, وحیدی → Vahidi).
 * - Hebrew ו and י are vowels inside words (יוסף → "yosf" ~ Yosef), a final ה is silent, ג׳ ז׳ צ׳ are j zh ch.
 * Every other script goes through latin.ts's letter tables. latinKey() itself is unchanged (the intel name
 * search and its database keys depend on it).
 */
import { transliterate } from './latin.ts';

/** Which convention to use for letters that Arabic and Persian/Afghan romanisations write differently. */
export type Reading = 'arabic' | 'persian';

const AR: Record<string, string> = {
  ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's', ش: 'sh', ص: 's',
  ض: 'd', ط: 't', ظ: 'dh', غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', ة: 'a', ى: 'a',
  پ: 'p', چ: 'ch', ژ: 'zh', گ: 'g', ک: 'k', ڤ: 'v', ڨ: 'g', ګ: 'g',
  // Urdu
  ٹ: 't', ڈ: 'd', ڑ: 'r', ں: 'n', ہ: 'h', ھ: 'h', ۃ: 'a', ۂ: 'a',
  // Pashto, Kurdish, Sindhi
  ټ: 't', ډ: 'd', ړ: 'r', ږ: 'zh', ښ: 'sh', ځ: 'z', څ: 'ts', ڼ: 'n', ڵ: 'l', ڕ: 'r', ۋ: 'v', ڭ: 'ng',
};
const PERSIAN: Record<string, string> = { ض: 'z', ذ: 'z', ظ: 'z', ث: 's' };
/** Letters that are vowels (long vowels, or vowel carriers in Persian and Urdu). */
const AR_VOWEL: Record<string, string> = { ا: 'a', ٱ: 'a', ے: 'e', ۓ: 'e', ې: 'e', ۍ: 'i', ە: 'e', ۆ: 'o', ێ: 'e', ۇ: 'u', ۈ: 'u' };
const AR_SILENT = new Set(['ء', 'ـ']);
const W = new Set(['و', 'ۊ']);
const Y = new Set(['ي', 'ی', 'ى', 'ئ', 'ۑ']);
const AYN = 'ع';
const DIGRAPH = /^(?:[tsckgdpz]h|t[sz]|ck)$/;

/** Romanises one Arabic-script word (marks already removed). */
/** Whole words of kinship written as lists spell them (ولد is Mauritania's and Mali's "Ould"). */
const AR_WORDS: Record<string, string> = { ولد: 'ould', بن: 'bin', ابن: 'ibn', بنت: 'bint', ابو: 'abu', أبو: 'abu' };

function arabicWord(w: string, reading: Reading): string {
  if (w === 'الله' || w === 'اللہ' || w === 'اللة') return 'allah';
  const word = AR_WORDS[w];
  if (word) return word;
  // the article, split off as a particle ("al"), unless the word is only the article plus one letter
  if (w.length > 3 && w.startsWith('ال')) return 'al ' + arabicWord(w.slice(2), reading);
  const chars = [...w];
  let out = '';
  const vowelish = (c: string | undefined) => c === undefined || c in AR_VOWEL || W.has(c) || Y.has(c);
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const prev = chars[i - 1];
    const next = chars[i + 1];
    if (AR_SILENT.has(c)) continue;
    if (c === AYN) {
      if (i === 0) out += next !== undefined && W.has(next) ? 'o' : 'a';
      continue;
    }
    if (c in AR_VOWEL) {
      out += AR_VOWEL[c];
      continue;
    }
    if (W.has(c)) {
      // consonant at the start, doubled, or beside a long vowel; else the vowel u/o
      const consonant = i === 0 || (next !== undefined && (next === 'ا' || W.has(next))) || prev === 'ا' && next !== undefined;
      out += consonant ? (reading === 'persian' && i === 0 ? 'v' : 'w') : 'u';
      continue;
    }
    if (Y.has(c)) {
      const consonant = i === 0 && next !== undefined || (next === 'ا' && i > 0) || (prev === 'ا' && next !== undefined && !vowelish(next));
      out += consonant ? 'y' : c === 'ى' ? 'a' : 'i';
      continue;
    }
    if (c === 'ت' && next === 'ش') {
      out += 'ch';
      i++;
      continue;
    }
    if ((c === 'ه' || c === 'ہ' || c === 'ۀ') && i === chars.length - 1 && i >= 1 && !vowelish(prev)) {
      out += 'ah';
      continue;
    }
    let m = (reading === 'persian' ? PERSIAN[c] : undefined) ?? AR[c] ?? c;
    // an initial j reads as a vowel-initial name in Latin skeletons (Jamal, Juma): write its vowel
    if (i === 0 && c === 'ج' && next !== undefined && !vowelish(next)) m += 'a';
    // two letters that would read as one Latin digraph (ت+س ≠ ts, س+ه ≠ sh) have an unwritten vowel between
    if (DIGRAPH.test(out.slice(-1) + m[0])) out += 'a';
    out += m;
  }
  return out;
}

const HE: Record<string, string> = {
  א: 'a', ב: 'b', ג: 'g', ד: 'd', ה: 'h', ז: 'z', ח: 'ch', ט: 't', כ: 'k', ך: 'kh', ל: 'l', מ: 'm', ם: 'm',
  נ: 'n', ן: 'n', ס: 's', ע: '', פ: 'p', ף: 'f', צ: 'ts', ץ: 'ts', ק: 'k', ר: 'r', ש: 'sh', ת: 't',
};
/** ו and י: consonant and vowel readings. */
const HE_MATER: Record<string, readonly [string, string]> = { ו: ['v', 'o'], י: ['y', 'i'] };
const HE_GERESH: Record<string, string> = { ג: 'j', ז: 'zh', צ: 'ch', ץ: 'ch', ת: 't', ד: 'dh' };

/** Romanises one Hebrew word (marks removed; a geresh may follow a letter). */
function hebrewWord(w: string): string {
  const chars = [...w];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const next = chars[i + 1];
    const last = i === chars.length - 1;
    if (c === "'" || c === '׳') continue;
    if ((next === "'" || next === '׳') && HE_GERESH[c]) {
      out += HE_GERESH[c];
      continue;
    }
    const mater = HE_MATER[c];
    if (mater) {
      // doubled or word-initial: the consonant; else the vowel (a ו before a final י is the v of -vi: לוי → "lvi" ~ Levi)
      const vi = c === 'ו' && next === 'י' && i > 0 && i + 2 === chars.length;
      if (next === c) i++;
      out += next === c || i === 0 || vi ? mater[0] : mater[1];
      continue;
    }
    if (c === 'ע') {
      out += i === 0 ? 'a' : last ? 'a' : '';
      continue;
    }
    if (c === 'ה' && last && i > 0) {
      out += 'a';
      continue;
    }
    const m = HE[c] ?? c;
    // a letter and a ה that would read as one Latin digraph (כהן → "kahn" ~ Cohen, not "khn") have a vowel between
    if (m === 'h' && /[kstcdgzp]$/.test(out)) out += 'a';
    out += m;
  }
  return out;
}

const ARABIC_RUN = /[\u0600-\u06ff\u0750-\u077f]+/gu;
const HEBREW_RUN = /[\u05d0-\u05ea][\u05d0-\u05ea'׳]*/gu;

/**
 * The Latin form of a name for screening, in the same shape as latinKey() (lowercase words separated
 * by single spaces, no accents or punctuation), with the word-level romanisation described above.
 */
export function romanizeName(name: string, reading: Reading = 'arabic'): string {
  let s = name.normalize('NFKD').replace(/\p{M}+/gu, '');
  if (/[\u0590-\u06ff\u0750-\u077f]/u.test(s)) {
    s = s.replace(ARABIC_RUN, (w) => ' ' + arabicWord(w, reading) + ' ').replace(HEBREW_RUN, (w) => ' ' + hebrewWord(w) + ' ');
  }
  return transliterate(s)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether a name has Arabic-script letters whose Persian reading differs from the Arabic one. */
export function hasPersianReading(name: string): boolean {
  return /[ضذظث]/u.test(name) || /(?:^|[^\u0600-\u06ff])[وۊ]/u.test(name);
}
