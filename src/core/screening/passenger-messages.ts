/**
 * Passenger messages in their standards → screening batch inputs (pure): Advance Passenger Information
 * as UN/EDIFACT PAXLST (NAD+FL/FM passenger or crew, ATT gender, DTM+329 birth date, NAT nationality,
 * DOC document with DTM+36 expiry and LOC+91 issuing state per ICAO 9303; flight TDT/LOC/DTM) and PNR
 * as PNRGOV in its EDIFACT form (TIF travellers, TVL itinerary, SSR DOCS). A message that cannot be
 * split into passengers throws an EdifactError (segment number, tag, element): nothing is imported.
 * A passenger with a malformed field is still a record; the field goes on as written, for the batch
 * path's lenient reading and data-quality flags.
 */
import { toAlpha2 } from './countries.ts';
import { EdifactError, el, messagesOf, tokenize, type Segment } from './edifact.ts';

export interface MessageTraveller {
  id: string;
  name: string;
  givenName?: string;
  familyName?: string;
  birthDate?: string;
  nationality?: string;
  documentNumber?: string;
  gender?: string;
  /** ICAO 9303 fields and message context, kept with the traveller (not screened on). */
  document?: { type?: string; issuingState?: string; expiry?: string };
  role?: 'passenger' | 'crew';
  reservation?: string;
  itinerary?: string[];
}

export interface MessageRecord {
  /** Segment number of the passenger's first segment (NAD or TIF). */
  segment: number;
  line: number;
  traveller?: MessageTraveller;
  error?: string;
}

export interface PassengerMessage {
  type: 'paxlst' | 'pnrgov';
  interchangeRef: string;
  messages: number;
  flight: { number: string; date?: string; from?: string; to?: string };
  records: MessageRecord[];
}

/** YYMMDD (two-digit years as in the MRZ) or CCYYMMDD → YYYY-MM-DD when a real date; otherwise as written. */
export function ediDate(v: string, now = new Date(), expiry = false): string {
  const m = /^(\d{2})?(\d{2})(\d{2})(\d{2})$/.exec(v);
  if (!m) return v;
  const yy = Number(m[2]);
  // Expiry dates lie ahead (20YY); birth dates not after this year.
  const y = m[1] ? Number(m[1] + m[2]) : expiry || yy <= now.getUTCFullYear() % 100 ? 2000 + yy : 1900 + yy;
  const mo = Number(m[3]);
  const day = Number(m[4]);
  // A real day of a real month (29 February only in leap years).
  const days = mo === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(mo) ? 30 : 31;
  return mo >= 1 && mo <= 12 && day >= 1 && day <= days ? `${y}-${m[3]}-${m[4]}` : v;
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
/** DDMMMYY (SSR DOCS) → YYYY-MM-DD when a real date; otherwise as written. */
export function docsDate(v: string, now = new Date(), expiry = false): string {
  const m = /^(\d{2})([A-Z]{3})(\d{2})$/.exec(v.toUpperCase());
  const mo = m ? MONTHS.indexOf(m[2]!) + 1 : 0;
  if (!m || !mo) return v;
  const iso = ediDate(`${m[3]}${String(mo).padStart(2, '0')}${m[1]}`, now, expiry);
  return iso.includes('-') ? iso : v;
}

// Codes (ISO 3166 alpha-3, as the guides ask, or alpha-2) are read here; anything else (a country name)
// goes on as written, for the batch path's lenient reading and its data-quality flag.
const codes = new Map<string, string>();
function nat(v: string): string | undefined {
  if (!v) return undefined;
  if (!/^[A-Za-z]{2,3}$/.test(v)) return v;
  let c = codes.get(v);
  if (c === undefined) {
    c = toAlpha2(v) ?? v;
    if (codes.size < 4096) codes.set(v, c);
  }
  return c;
}
const set = <K extends keyof MessageTraveller>(t: MessageTraveller, k: K, v: MessageTraveller[K] | undefined | '') => {
  if (v !== undefined && v !== '') t[k] = v;
};

function finish(rec: MessageRecord, t: MessageTraveller): MessageRecord {
  t.name = [t.givenName, t.familyName].filter(Boolean).join(' ');
  if (!t.name) return { ...rec, error: `segment ${rec.segment}: the passenger has no name` };
  return { ...rec, traveller: t };
}

function paxlst(segs: Segment[], now: Date, flight: PassengerMessage['flight'], out: MessageRecord[]): void {
  let cur: { rec: MessageRecord; t: MessageTraveller; inDoc: boolean } | null = null;
  const close = () => {
    if (cur) out.push(finish(cur.rec, cur.t));
    cur = null;
  };
  let lastLoc = '';
  for (const s of segs) {
    if (s.tag === 'NAD' && ['FL', 'FM', 'DDT', 'DDU', 'COT'].includes(el(s, 1))) {
      close();
      const t: MessageTraveller = { id: `pax-${out.length + 1}`, name: '', role: el(s, 1) === 'FM' ? 'crew' : 'passenger' };
      const parts = s.elements[3] ?? [];
      set(t, 'familyName', parts[0]?.trim());
      set(t, 'givenName', parts.slice(1).map((x) => x.trim()).filter(Boolean).join(' '));
      cur = { rec: { segment: s.n, line: s.line }, t, inDoc: false };
      continue;
    }
    if (s.tag === 'CNT' || s.tag === 'UNT') close();
    if (!cur) {
      if (s.tag === 'TDT') flight.number = el(s, 2);
      if (s.tag === 'LOC') lastLoc = el(s, 1);
      if (s.tag === 'LOC' && el(s, 1) === '125') flight.from = el(s, 2);
      if (s.tag === 'LOC' && el(s, 1) === '87') flight.to = el(s, 2);
      if (s.tag === 'DTM' && el(s, 1) === '189' && lastLoc === '125') flight.date = ediDate(el(s, 1, 1).slice(0, 6), now);
      continue;
    }
    const c: { rec: MessageRecord; t: MessageTraveller; inDoc: boolean } = cur;
    const t = c.t;
    if (s.tag === 'ATT' && el(s, 1) === '2') set(t, 'gender', el(s, 3));
    else if (s.tag === 'DTM' && el(s, 1) === '329') set(t, 'birthDate', ediDate(el(s, 1, 1), now));
    else if (s.tag === 'NAT') set(t, 'nationality', nat(el(s, 2)));
    else if (s.tag === 'RFF' && el(s, 1) === 'AVF') set(t, 'reservation', el(s, 1, 1));
    else if (s.tag === 'DOC') {
      c.inDoc = true;
      const number = el(s, 2);
      // The first document (the travel document) is the one screened; later ones are kept as read.
      if (!t.documentNumber) {
        set(t, 'documentNumber', number);
        t.document = { ...(el(s, 1) ? { type: el(s, 1) } : {}) };
      }
    } else if (s.tag === 'DTM' && el(s, 1) === '36' && c.inDoc && t.document && !t.document.expiry) t.document.expiry = ediDate(el(s, 1, 1), now, true);
    else if (s.tag === 'LOC' && el(s, 1) === '91' && c.inDoc && t.document && !t.document.issuingState) t.document.issuingState = nat(el(s, 2)) ?? '';
  }
  close();
}

/** SSR DOCS free text: /P/issuer/number/nationality/birth/gender/expiry/surname/given/middle. */
function docs(s: Segment, t: MessageTraveller, now: Date): void {
  const text = (s.elements[0] ?? []).find((x) => x.startsWith('/')) ?? '';
  const f = text.split('/').slice(1);
  if (f.length < 6) return;
  t.document = { ...(f[0] ? { type: f[0] } : {}), ...(f[1] ? { issuingState: nat(f[1]) ?? f[1] } : {}), ...(f[6] ? { expiry: docsDate(f[6], now, true) } : {}) };
  set(t, 'documentNumber', f[2]);
  set(t, 'nationality', nat(f[3] ?? ''));
  set(t, 'birthDate', f[4] ? docsDate(f[4], now) : undefined);
  set(t, 'gender', f[5]?.replace(/I$/, '')); // MI/FI: infant
  if (f[7]) t.familyName = f[7];
  if (f[8]) t.givenName = [f[8], f[9]].filter(Boolean).join(' ');
}

function pnrgov(segs: Segment[], now: Date, flight: PassengerMessage['flight'], out: MessageRecord[]): void {
  let pnr: Array<{ rec: MessageRecord; t: MessageTraveller }> = [];
  let inPnr = false;
  let locator = '';
  let curT: { rec: MessageRecord; t: MessageTraveller } | null = null;
  const closePnr = () => {
    for (const p of pnr) out.push(finish(p.rec, p.t));
    pnr = [];
    curT = null;
  };
  for (const s of segs) {
    if (s.tag === 'SRC') {
      closePnr();
      inPnr = true;
      locator = '';
      continue;
    }
    if (s.tag === 'UNT') closePnr();
    if (!inPnr) {
      if (s.tag === 'TVL' && !flight.number) {
        flight.number = `${el(s, 4)}${el(s, 5)}`;
        flight.from = el(s, 2);
        flight.to = el(s, 3);
        const dep = el(s, 1, 0); // DDMMYY
        if (/^\d{6}$/.test(dep)) flight.date = ediDate(`${dep.slice(4)}${dep.slice(2, 4)}${dep.slice(0, 2)}`, now);
      }
      continue;
    }
    if (s.tag === 'RCI') locator = el(s, 1, 1);
    else if (s.tag === 'TIF') {
      const t: MessageTraveller = { id: `${locator || 'pnr'}-${el(s, 2, 2) || pnr.length + 1}`, name: '', role: 'passenger' };
      set(t, 'familyName', el(s, 1, 0));
      set(t, 'givenName', el(s, 2, 0));
      if (locator) t.reservation = locator;
      curT = { rec: { segment: s.n, line: s.line }, t };
      pnr.push(curT);
    } else if (s.tag === 'SSR' && el(s, 1, 0) === 'DOCS') {
      // Under its traveller (TIF group); elsewhere matched by the surname it carries.
      const text = (s.elements[0] ?? []).find((x) => x.startsWith('/')) ?? '';
      const surname = text.split('/')[8]?.toUpperCase();
      const target = curT ?? pnr.find((p) => p.t.familyName?.toUpperCase() === surname);
      if (target) docs(s, target.t, now);
    } else if (s.tag === 'TVL') {
      curT = null;
      const leg = `${el(s, 4)}${el(s, 5)} ${el(s, 2)}-${el(s, 3)} ${el(s, 1, 0)}`.trim();
      for (const p of pnr) p.t.itinerary = [...(p.t.itinerary ?? []), leg];
    }
  }
  closePnr();
}

/** Whether a text starts like an interchange: the UNA service string advice or the UNB header. */
export function looksLikeEdifact(start: string): boolean {
  return /^\uFEFF?\s*(UNA.{6}|UNB[^A-Za-z0-9\s])/s.test(start);
}

/** Reads a PAXLST or PNRGOV interchange; throws EdifactError when it cannot be split into passengers. */
export function parsePassengerMessage(input: string, now = new Date()): PassengerMessage {
  const { segments } = tokenize(input);
  const { interchangeRef, messages } = messagesOf(segments);
  if (!messages.length) throw new EdifactError('no message (UNH…UNT) in the interchange', segments[0]!.n, 'UNB', segments[0]!.line);
  const type = messages[0]!.type;
  const head = messages[0]!.segments[0]!;
  if (type !== 'PAXLST' && type !== 'PNRGOV') throw new EdifactError(`message type ${type}: expected PAXLST or PNRGOV`, head.n, 'UNH', head.line, 2);
  const flight: PassengerMessage['flight'] = { number: '' };
  const records: MessageRecord[] = [];
  for (const m of messages) {
    const h = m.segments[0]!;
    if (m.type !== type) throw new EdifactError(`message type ${m.type} in a ${type} interchange`, h.n, 'UNH', h.line, 2);
    if (type === 'PAXLST') {
      const bgm = m.segments[1];
      if (!bgm || bgm.tag !== 'BGM') throw new EdifactError('a PAXLST message starts with BGM after UNH', bgm?.n ?? h.n, bgm?.tag ?? 'UNH', bgm?.line ?? h.line);
      paxlst(m.segments, now, flight, records);
    } else pnrgov(m.segments, now, flight, records);
  }
  if (!records.length) throw new EdifactError(type === 'PAXLST' ? 'no passenger or crew member (NAD+FL/FM)' : 'no traveller (TIF)', head.n, 'UNH', head.line);
  return { type: type === 'PAXLST' ? 'paxlst' : 'pnrgov', interchangeRef, messages: messages.length, flight, records };
}
