/**
 * Name normalisation for screening: Unicode, case, diacritics, punctuation, OCR digits, honorifics and
 * name particles. Works on any script through latinKey() (transliteration to Latin).
 */
import { boundedMemo } from './memo.ts';
import { skeleton } from './phonetic.ts';
import { editDistance, ocrFold } from './similarity.ts';
import { romanizeName, type Reading } from './romanize.ts';

/** Titles and honorifics that are not part of a person's name; dropped before comparison. */
export const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mister', 'dr', 'doctor', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady',
  'sheikh', 'shaikh', 'shaykh', 'sheik', 'shaik', 'haji', 'hajji', 'hadji', 'alhaji', 'alhajj', 'hajj',
  'mullah', 'mulla', 'molla', 'maulana', 'mawlana', 'maulvi', 'mawlawi', 'mawlavi', 'moulvi', 'qari',
  'imam', 'sayyid', 'emir', 'colonel', 'col', 'captain', 'capt', 'lt', 'lieutenant', 'brigadier', 'sgt', 'sergeant', 'commander', 'cmdr',
  'rev', 'reverend', 'fr', 'jr', 'sr', 'junior', 'senior', 'ii', 'iii', 'iv', 'herr', 'frau',
  'monsieur', 'madame', 'mme', 'mlle', 'senor', 'senora', 'gospodin', 'ustad', 'ustadh',
  'ustaz', 'engineer', 'eng', 'ayatollah', 'hojatoleslam', 'mufti', 'shahid', 'prince',
  'princess', 'maulawi', 'mowlawi', 'maulavi', 'molvi',
]);

/** Honorifics that follow a name rather than lead it. */
const SUFFIXES = new Set(['jr', 'sr', 'junior', 'senior', 'ii', 'iii', 'iv']);

/**
 * Name particles (articles, patronymic and nobiliary prefixes). They are kept as tokens but weigh
 * little: a missing "al-" or "van" barely changes a score, while "al Zawahiri" still meets
 * "Alzawahiri" through compound alignment.
 */
export const PARTICLES = new Set([
  'al', 'el', 'ul', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'ath', 'adh', 'ud', 'ur', 'us', 'uz',
  'bin', 'ben', 'ibn', 'bn', 'bint', 'bte', 'binti', 'bt', 'abu', 'abou', 'abo', 'ibnu', 'ould', 'ag', 'wuld', 'walad',
  'van', 'von', 'der', 'den', 'de', 'del', 'della', 'dello', 'di', 'da', 'das', 'dos', 'do', 'du', 'des', 'la', 'le',
  'les', 'lo', 'ten', 'ter', 'zu', 'vom', 'y', 'e', 'mac', 'mc', 'st', 'saint', 'bar', 'bat', 'oglu', 'ogly', 'uulu',
  'kyzy', 'qizi', 'kizi',
]);

/**
 * Arabic/Persian "Abd al-X" and "Abdul X" forms become one token "abd" + X (abdrahman) when X is one of
 * the names of God or another name that forms such compounds (Abd al-Nabi, Abd al-Husayn). Before any
 * other word "Abdul" is a given name of its own, or the short form of such a compound ("Abdul ZEIDAN"
 * for Abdul Rahman Fahmi ZEIDAN): it stays a token, written "abdul" (see ABD_SHORT).
 */
const ABD_PREFIX = /^ab[dt](?:[aeiou]{0,2}[lrsntdz])?$/;
/** The standalone form of "Abd", "Abdul", "Abdel", …; tokens.ts compares it with abd- compounds as a short form. */
export const ABD_SHORT = 'abdul';
const ABD_SPELLINGS = [
    'rahman', 'rahim', 'aziz', 'karim', 'qadir', 'qadeer', 'latif', 'hamid', 'majid', 'wahid', 'salam', 'malik',
    'jabbar', 'ghani', 'razzaq', 'wahhab', 'hakim', 'hadi', 'nasir', 'sattar', 'ghaffar', 'ghafur', 'halim',
    'khaliq', 'basit', 'baqi', 'haq', 'hayy', 'hai', 'qayyum', 'mannan', 'muttalib', 'jalil', 'jawad', 'wadud',
    'wali', 'samad', 'habib', 'hay', 'haqq', 'hak', 'qadar', 'kader', 'kadir', 'rehman', 'raheem', 'rahmane', 'mumin', 'muhaymin', 'qahhar', 'fattah', 'alim', 'rauf', 'mujib', 'ilah', 'allah', 'mawla',
    'muizz', 'muhsin', 'munim', 'ahad', 'wakil', 'kabir', 'hafiz', 'raziq', 'tawwab', 'shakur', 'quddus', 'qawi',
    'matin', 'rashid', 'sabur', 'nur', 'bari', 'khabir', 'raqib', 'hasib', 'muqtadir', 'zahir', 'badi', 'warith',
    'wasi', 'hakam', 'adl', 'jamil', 'majeed', 'karem', 'salim', 'hamed', 'mutaal', 'mutal', 'ghafar', 'aal',
    'nabi', 'rasul', 'husayn', 'hasan', 'zahra', 'amir', 'mahdi', 'rida', 'reza', 'imam', 'masih', 'ahmad', 'qader',
];
const ABD_SET = new Set(ABD_SPELLINGS);
/** Skeleton → lengths of the spellings with that skeleton. */
const ABD_COMPLEMENTS = new Map<string, number[]>();
for (const w of ABD_SPELLINGS) {
  const k = skeleton(w);
  ABD_COMPLEMENTS.set(k, [...(ABD_COMPLEMENTS.get(k) ?? []), w.length]);
}

/**
 * Whether a word completes "Abd": one of ABD_SPELLINGS in another romanisation (same skeleton, about
 * the same length: Rehman, Qader, but not Qudsiyah for Quddus), or one typo away from one. A word
 * romanised from Arabic script (`script`) lacks its short vowels: the skeleton alone decides (الروف "ruf").
 */
export function isAbdComplement(w: string, script = false): boolean {
  return script ? ABD_COMPLEMENTS.has(skeleton(w)) : abdMemo(w);
}

/** isAbdComplement of a Latin word (candidate generation asks it for every query token). */
const abdMemo = boundedMemo(100_000, (w) => abdComplement(w));

function abdComplement(w: string): boolean {
  if (ABD_SET.has(w)) return true;
  const sk = skeleton(w);
  // (a name romanised from Arabic script may lack its short vowels: الرحمن → "rhmn")
  if (sk.length >= 3 && ABD_COMPLEMENTS.get(sk)?.some((n) => Math.abs(n - w.length) <= 1 || !/[aeiou]/.test(w))) return true;
  if (w.length < 4) return false;
  const f = ocrFold(w);
  return ABD_SPELLINGS.some((s) => s[0] === f[0] && Math.abs(s.length - f.length) <= 1 && editDistance(f, s, 1) <= 1);
}
const ABD_ATTACHED = /^abd(?:ul|el|al|ol|oul|ur|er|ar|us|es|as|un|en|an|ud|ed|uz|ez|u)(?=[a-z]{2,})/;
const ARTICLE = new Set(['al', 'el', 'ul', 'ol', 'ar', 'as', 'ash', 'ad', 'an', 'at', 'az', 'ur', 'us', 'ud', 'un', 'ed', 'er', 'es', 'en']);

const DIN = /^(?:din|deen|dine|ddin)$/;
const DIN_JOINED = /^[aeiou](?:ld|dd)(?:in|een|ine)$/;
const DIN_ARTICLE = new Set(['al', 'el', 'ul', 'ud', 'ad', 'ed', 'od']);

const ALLAH = /^(?:allah|allh|ullah|ulla|alla|ollah|olah|ullo)$/;

const OCR_DIGITS: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '6': 'g', '7': 't', '8': 'b', '9': 'g' };

/** Whether the name contains letters outside the Latin script (Arabic, Cyrillic, Greek, Hebrew, …). */
export function isNonLatin(name: string): boolean {
  return /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u.test(name);
}

/**
 * The comparable tokens of a name: Latin, lowercase, without accents, honorifics or punctuation;
 * digits inside words read as letters (OCR: "M0HAMED" → "mohamed"); "Abd al-Rahman"/"Abdul Rahman"/
 * "Abdulrahman" → "abdrahman". Particles are kept (see PARTICLES).
 */
export function nameTokens(name: string, reading: Reading = 'arabic', titles?: string[]): string[] {
  // apostrophes inside names ('Abd, O'Brien, Ma'mun) are dropped without splitting the word; a Hebrew
  // geresh (ג׳ = j) is kept for the romaniser
  const cleaned = givenFirst(name).replace(/([\u05d0-\u05ea])['\u2019]/g, '$1\u05f3').replace(/[\u2018\u2019\u02bb\u02bc\u02be\u02bf'`´ʿʾ]/g, '');
  const key = romanizeName(cleaned, reading);
  const script = /[\u0600-\u06ff\u0750-\u077f]/u.test(cleaned);
  const raw = key.split(' ').filter(Boolean).map((t) => (/[a-z]/.test(t) ? t.replace(/[0-9]/g, (d) => OCR_DIGITS[d] ?? d) : t));
  const out: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    let t = raw[i]!;
    // titles lead a name (Dr., Haji, Sheikh) and generation marks end it (Jr, III); elsewhere the same
    // words are names (Khalid Shaikh MOHAMMED, Ibrahim Amin AL-SAYYID)
    if (HONORIFICS.has(t) && raw.length > 2 && (SUFFIXES.has(t) ? i === raw.length - 1 : out.length === 0)) {
      titles?.push(t);
      continue;
    }
    if (/^[0-9]+$/.test(t)) continue;
    // "son of", "daughter of" in documents and lists (Abdul Haq son of M. Anwar Khan) are bin, bint
    if ((t === 'son' || t === 'daughter') && raw[i + 1] === 'of' && i > 0 && i + 2 < raw.length) {
      out.push(t === 'son' ? 'bin' : 'bint');
      i++;
      continue;
    }
    // "abd al rahman", "abdul rahman", "abd rahman"; "Abdul" with a typo before a word it forms
    // a compound with (ABDqUL BASIR)
    const abdTypo = !ABD_PREFIX.test(t) && t.length <= 6 && t.startsWith('abd') && editDistance(t, ABD_SHORT, 1) <= 1;
    const after = abdTypo && i + 1 < raw.length ? stripArticle(raw[i + 1]!) : '';
    if (after && isAbdComplement(after, script)) {
      out.push('abd' + after);
      i++;
      continue;
    }
    if (ABD_PREFIX.test(t) && i + 1 < raw.length) {
      let j = i + 1;
      if (ARTICLE.has(raw[j]!) && j + 1 < raw.length) j++;
      const next = raw[j]!;
      const bare = stripArticle(next);
      if (next.length >= 2 && !PARTICLES.has(next) && (ALLAH.test(next) || isAbdComplement(bare, script))) {
        out.push('abd' + bare);
        i = j;
        continue;
      }
      out.push(ABD_SHORT);
      continue;
    }
    if (ABD_PREFIX.test(t) && t.length >= 4) {
      out.push(ABD_SHORT);
      continue;
    }
    // "Nur Allah" / "نور الله" → nurullah (theophoric compounds are written as one word in Latin lists)
    if (ALLAH.test(t) && out.length > 0 && !PARTICLES.has(out[out.length - 1]!)) {
      out[out.length - 1] += 'ullah';
      continue;
    }
    // "Jalal al-Din" / "جلال الدين" / "Jalal ud-Din" / "Nor Eldin" → jalaluddin, noruddin (one word in most lists)
    if (DIN.test(t) && i >= 2 && DIN_ARTICLE.has(raw[i - 1]!) && out.at(-1) === raw[i - 1] && out.length >= 2 && !PARTICLES.has(out[out.length - 2]!)) {
      out.pop();
      out[out.length - 1] += 'uddin';
      continue;
    }
    if (DIN_JOINED.test(t) && out.length > 0 && !PARTICLES.has(out[out.length - 1]!)) {
      out[out.length - 1] += 'uddin';
      continue;
    }
    const m = ABD_ATTACHED.exec(t);
    if (m) t = 'abd' + t.slice(m[0].length);
    out.push(t);
  }
  return out;
}

/**
 * "SURNAME, Given names" (lists, passenger manifests) in the usual order, so that compounds read the
 * same way (AZIZ, Abdul → Abdul AZIZ → abdaziz); left alone when the part after the comma is only a
 * generation mark or title (Smith, Jr.).
 */
function givenFirst(name: string): string {
  const m = /^([^,،]+)[,،]([^,،]+)$/.exec(name);
  if (!m || !/\p{L}/u.test(m[1]!)) return name;
  const after = m[2]!.trim().toLowerCase().replace(/[.\s]+/g, ' ').trim();
  if (!/\p{L}/u.test(after) || after.split(' ').every((w) => HONORIFICS.has(w))) return name;
  return `${m[2]!.trim()} ${m[1]!.trim()}`;
}

function stripArticle(t: string): string {
  const m = /^(?:al|el|ul)(?=[a-z]{3,})/.exec(t);
  return m ? t.slice(2) : t;
}

/** Whether a token is a name particle (see PARTICLES). */
export function isParticle(token: string): boolean {
  return PARTICLES.has(token);
}
