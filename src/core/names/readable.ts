/**
 * A readable romanisation of a name written in Arabic script (Arabic, Persian, Urdu), Hebrew, Cyrillic
 * or Greek, for people to read beside the original ("عماد بن عبد السلام" → "Imad bin Abd al-Salam",
 * "Владимир Петров" → "Vladimir Petrov"). Screening and search compare names through romanize.ts and
 * the skeleton keys; this form is for display only (and the demo's Latin names). Arabic and Hebrew
 * script do not write short vowels: common name words come from a small list, other words get the
 * screening romanisation with an "a" between consonants that cannot stand together in Latin.
 */
import { romanizeName } from './romanize.ts';

/** Name words in Arabic script (article removed) → [Arabic reading, Persian reading if different]. */
const AR_NAMES: Record<string, readonly [string, string?]> = {
  محمد: ['Muhammad', 'Mohammad'], احمد: ['Ahmad'], محمود: ['Mahmud', 'Mahmoud'], حسن: ['Hasan', 'Hassan'],
  حسين: ['Husayn', 'Hossein'], علي: ['Ali'], عمر: ['Umar', 'Omar'], عثمان: ['Uthman', 'Osman'], عماد: ['Imad', 'Emad'],
  عبد: ['Abd'], سلام: ['Salam'], رحمن: ['Rahman'], رحمان: ['Rahman'], رحيم: ['Rahim'], عزيز: ['Aziz'],
  كريم: ['Karim'], كريمي: ['Karimi'], رضا: ['Rida', 'Reza'], جعفر: ['Jafar'], خالد: ['Khalid'], يوسف: ['Yusuf'],
  ابراهيم: ['Ibrahim'], اسماعيل: ['Ismail'], موسى: ['Musa'], عيسى: ['Isa'], مصطفى: ['Mustafa', 'Mostafa'],
  طارق: ['Tariq'], سعيد: ['Said', 'Saeed'], سعد: ['Saad'], فاطمة: ['Fatima'], فاطمه: ['Fatima', 'Fatemeh'],
  زينب: ['Zaynab', 'Zeynab'], مريم: ['Maryam'], عائشة: ['Aisha'], خديجة: ['Khadija'], نور: ['Nur'], جمال: ['Jamal'],
  كمال: ['Kamal'], فيصل: ['Faisal'], ناصر: ['Nasir', 'Naser'], منصور: ['Mansur'], صالح: ['Salih', 'Saleh'],
  سليمان: ['Sulayman', 'Soleyman'], داود: ['Dawud', 'Davud'], عادل: ['Adil', 'Adel'], حمزة: ['Hamza'], بكر: ['Bakr'],
  قادر: ['Qadir', 'Ghader'], حميد: ['Hamid'], مجيد: ['Majid'], رشيد: ['Rashid'], نبيل: ['Nabil'], امين: ['Amin'],
  انور: ['Anwar', 'Anvar'], اكبر: ['Akbar'], اصغر: ['Asghar'], جواد: ['Jawad', 'Javad'], مهدي: ['Mahdi', 'Mehdi'],
  هادي: ['Hadi'], قاسم: ['Qasim', 'Ghasem'], باقر: ['Baqir', 'Bagher'], صادق: ['Sadiq', 'Sadegh'], تقي: ['Taqi', 'Taghi'],
  حسيني: ['Husayni', 'Hosseini'], موسوي: ['Musawi', 'Mousavi'], احمدي: ['Ahmadi'], محمدي: ['Muhammadi', 'Mohammadi'],
  رحماني: ['Rahmani'], سلطان: ['Sultan', 'Soltan'], شريف: ['Sharif'], لطيف: ['Latif'], وليد: ['Walid', 'Valid'],
  زياد: ['Ziyad'], ياسر: ['Yasir', 'Yaser'], ياسين: ['Yasin'], هشام: ['Hisham'], هاشم: ['Hashim', 'Hashem'],
  بلال: ['Bilal'], انس: ['Anas'], ايمن: ['Ayman'], اسامة: ['Usama'], اسامه: ['Usama', 'Osameh'], ظواهري: ['Zawahiri'],
  بغدادي: ['Baghdadi'], عراقي: ['Iraqi'], مصري: ['Masri'], نصر: ['Nasr'], عبيدي: ['Ubaydi'], انتصار: ['Intisar'],
  جمعة: ['Juma'], جمعه: ['Juma', 'Jomeh'], غلام: ['Ghulam', 'Gholam'], نصير: ['Nasir'], زهرا: ['Zahra'], زهراء: ['Zahra'],
  داريوش: ['Dariush'], شيرين: ['Shirin'], پرويز: ['Parviz'], بهرام: ['Bahram'], فرهاد: ['Farhad'], رستم: ['Rustam', 'Rostam'],
  رستمي: ['Rustami', 'Rostami'], زيد: ['Zayd', 'Zeyd'], زيدي: ['Zaydi', 'Zeydi'], حداد: ['Haddad'], نادر: ['Nadir', 'Nader'], كاظم: ['Kazim', 'Kazem'], حبيب: ['Habib'], عباس: ['Abbas'], مرتضى: ['Murtada', 'Morteza'],
  ليلى: ['Layla', 'Leila'], سارة: ['Sara'], سميرة: ['Samira'], امينة: ['Amina'], نجيب: ['Najib'], رشيدة: ['Rashida'],
  منير: ['Munir'], فريد: ['Farid'], وحيد: ['Wahid', 'Vahid'], مجاهد: ['Mujahid'], سيد: ['Sayyid', 'Seyed'],
  حاج: ['Hajj', 'Haj'], حاجي: ['Haji'], شيخ: ['Shaykh', 'Sheikh'], دين: ['Din'], عبدالله: ['Abdullah'],
  بن: ['bin'], ابن: ['ibn'], بنت: ['bint'], ابو: ['Abu'], ام: ['Umm'], ولد: ['Ould'], الله: ['Allah'],
  خان: ['Khan'], زاده: ['Zada', 'Zadeh'], پور: ['Pur', 'Pour'], تهراني: ['Tehrani'], اصفهاني: ['Isfahani', 'Esfahani'],
};
/** Words that stay lowercase (kinship particles). */
const LOWER = new Set(['bin', 'ibn', 'bint']);

const HE_NAMES: Record<string, string> = {
  יוסף: 'Yosef', משה: 'Moshe', דוד: 'David', כהן: 'Cohen', לוי: 'Levi', אברהם: 'Avraham', יצחק: 'Yitzhak',
  יעקב: 'Yaakov', שרה: 'Sarah', רחל: 'Rachel', לאה: 'Leah', רבקה: 'Rivka', מרים: 'Miriam', שמעון: 'Shimon',
  אליהו: 'Eliyahu', בנימין: 'Binyamin', חיים: 'Chaim', נתן: 'Natan', אהרון: 'Aharon', שלמה: 'Shlomo',
  מזרחי: 'Mizrahi', פרץ: 'Peretz', ביטון: 'Biton', אבי: 'Avi', נועה: 'Noa', תמר: 'Tamar', רון: 'Ron',
  מיכאל: 'Michael', דניאל: 'Daniel', גבריאל: 'Gavriel', שמואל: 'Shmuel', אורי: 'Uri', יונתן: 'Yonatan',
  אסתר: 'Ester', חנה: 'Hana', פרידמן: 'Friedman', שפירא: 'Shapira', אשכנזי: 'Ashkenazi', בן: 'ben', בת: 'bat',
};

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'yo', є: 'ye', ж: 'zh', з: 'z', и: 'i', і: 'i',
  ї: 'yi', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ў: 'u',
  ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  ђ: 'dj', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', џ: 'dz',
};

const GREEK: Record<string, string> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n',
  ξ: 'x', ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};
/** Greek letter pairs read as one sound (ELOT 743-like); [at the start of a word, elsewhere]. */
const GREEK_PAIRS: Record<string, readonly [string, string]> = {
  ου: ['ou', 'ou'], αυ: ['av', 'av'], ευ: ['ev', 'ev'], μπ: ['b', 'mb'], ντ: ['d', 'nt'], γκ: ['g', 'ng'], γγ: ['ng', 'ng'],
};

const ARABIC_WORD = /[\u0600-\u06ff\u0750-\u077f]+/gu;
const HEBREW_WORD = /[\u05d0-\u05ea][\u05d0-\u05ea'׳]*/gu;
const CYRILLIC_WORD = /[\u0400-\u04ff]+/gu;
const GREEK_WORD = /[\u0370-\u03ff\u1f00-\u1fff]+/gu;
const OTHER_SCRIPT = /[\u0370-\u03ff\u1f00-\u1fff\u0400-\u04ff\u0590-\u06ff\u0750-\u077f]/u;
/** Letters of the Persian alphabet (not Arabic): a name holding one is read the Persian way. */
const PERSIAN_LETTERS = /[پچژگکی]/u;

const VOWEL = /[aeiouy]/;
const DIGRAPH = /^(?:sh|kh|gh|th|dh|zh|ch|ts)$/;

/** An "a" between consonants a Latin reader cannot say together (unknown words without short vowels). */
function withVowels(w: string): string {
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const c = w[i]!;
    out += c;
    const n = w[i + 1];
    if (n === undefined || VOWEL.test(c) || VOWEL.test(n) || DIGRAPH.test(c + n)) continue;
    // a pair of consonants between vowels stands (Akbari, Rahmani); one at the start or end does not
    const before = VOWEL.test(out[out.length - 2] ?? '');
    const after = w[i + 2] !== undefined && VOWEL.test(w[i + 2]!);
    if (!(before && after)) out += 'a';
  }
  return out;
}

const cap = (w: string) => (LOWER.has(w) || w === 'ben' || w === 'bat' ? w : w.charAt(0).toUpperCase() + w.slice(1));

/** Arabic-script letters written several ways, folded to the forms of AR_NAMES. */
function foldArabic(w: string): string {
  return w.replace(/[أإآٱ]/g, 'ا').replace(/ی/g, 'ي').replace(/ک/g, 'ك').replace(/ہ/g, 'ه').replace(/ـ/g, '');
}

function lexicon(w: string, persian: boolean): string | undefined {
  const hit = AR_NAMES[w];
  return hit ? (persian && hit[1] ? hit[1] : hit[0]) : undefined;
}

function arabicWord(raw: string, persian: boolean): string {
  const w = foldArabic(raw);
  const known = lexicon(w, persian);
  if (known) return known;
  // Abd joined to the name after it (عبدالرحمن → Abd al-Rahman)
  if (w.length > 3 && w.startsWith('عبد') && w !== 'عبدالله') {
    const rest = w.slice(3);
    return 'Abd ' + arabicWord(rest, persian);
  }
  // the article (السلام → al-Salam)
  if (w.length > 3 && w.startsWith('ال')) return 'al-' + cap(arabicWord(w.slice(2), persian));
  const romanized = romanizeName(raw, persian ? 'persian' : 'arabic').replace(/\s+/g, '');
  return cap(withVowels(romanized));
}

function hebrewWord(w: string): string {
  const known = HE_NAMES[w.replace(/['׳]/g, '')];
  if (known) return known;
  return cap(withVowels(romanizeName(w).replace(/\s+/g, '')));
}

function cyrillicWord(w: string): string {
  let out = '';
  for (const ch of w.toLowerCase()) out += CYRILLIC[ch] ?? ch;
  return cap(out);
}

function greekWord(w: string): string {
  const s = w.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const pair = GREEK_PAIRS[s.slice(i, i + 2)];
    if (pair) {
      out += i === 0 ? pair[0] : pair[1];
      i++;
      continue;
    }
    out += GREEK[s[i]!] ?? s[i]!;
  }
  return cap(out);
}

/**
 * The readable romanisation of a name, or null when the name has no letters of the scripts above
 * (a Latin name needs none). Latin parts of a mixed name are kept as written.
 */
export function readableName(name: string): string | null {
  const s = name.normalize('NFC');
  if (!OTHER_SCRIPT.test(s)) return null;
  const persian = PERSIAN_LETTERS.test(s);
  const out = s
    .replace(/[\u064b-\u065f\u0670\u0591-\u05c7]/gu, '')
    .replace(ARABIC_WORD, (w) => ' ' + arabicWord(w, persian) + ' ')
    .replace(HEBREW_WORD, (w) => ' ' + hebrewWord(w) + ' ')
    .replace(CYRILLIC_WORD, (w) => ' ' + cyrillicWord(w) + ' ')
    .replace(GREEK_WORD, (w) => ' ' + greekWord(w) + ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // the first word of a name is capitalised even when it is a particle (Bin Laden)
  return out.charAt(0).toUpperCase() + out.slice(1);
}
