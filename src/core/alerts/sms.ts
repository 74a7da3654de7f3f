/**
 * SMS length as a phone network counts it (3GPP TS 23.038). A text made only of characters of the
 * GSM 7-bit default alphabet travels as GSM-7: 160 septets in one message, and the characters of the
 * extension table (€ [ ] { } \ ~ ^ | and form feed) take two septets each. Any other character (ê, ç,
 * ï, emoji…) sends the whole text as UCS-2: 70 UTF-16 code units in one message. Longer texts are cut
 * into segments of 153 septets or 67 code units.
 */

const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENSION = '\f^{}\\[~]|€';

const BASIC = new Set([...GSM_BASIC]);
const EXTENSION = new Set([...GSM_EXTENSION]);

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SmsCount {
  encoding: SmsEncoding;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2) the text takes. */
  units: number;
  /** What one message holds in this encoding (160 or 70). */
  limit: number;
  /** How many messages the text needs (0 for an empty text). */
  segments: number;
  /** Whether the text fits in one message. */
  fits: boolean;
  /** The distinct characters that force UCS-2 (empty for GSM-7): replace them to get 160. */
  ucs2Chars: string[];
}

/** Counts a text as an SMS: encoding, length in its units, and the characters that force UCS-2. */
export function countSms(text: string): SmsCount {
  let septets = 0;
  const outside = new Set<string>();
  for (const ch of text) {
    if (BASIC.has(ch)) septets += 1;
    else if (EXTENSION.has(ch)) septets += 2;
    else outside.add(ch);
  }
  if (outside.size === 0) {
    return { encoding: 'GSM-7', units: septets, limit: 160, segments: septets === 0 ? 0 : septets <= 160 ? 1 : Math.ceil(septets / 153), fits: septets <= 160, ucs2Chars: [] };
  }
  const units = text.length;
  return { encoding: 'UCS-2', units, limit: 70, segments: units <= 70 ? 1 : Math.ceil(units / 67), fits: units <= 70, ucs2Chars: [...outside] };
}

/** Why a text does not fit in one SMS, in plain words, or null when it fits. */
export function smsProblem(text: string): string | null {
  const c = countSms(text);
  if (c.fits) return null;
  if (c.encoding === 'GSM-7') return `the SMS text takes ${c.units} of 160 characters (GSM-7)`;
  return `the SMS text takes ${c.units} of 70 characters: ${c.ucs2Chars.slice(0, 5).map((x) => `"${x}"`).join(', ')} ${c.ucs2Chars.length === 1 ? 'is' : 'are'} outside the GSM alphabet, so it is sent as UCS-2 (replace ${c.ucs2Chars.length === 1 ? 'it' : 'them'} to get 160)`;
}
