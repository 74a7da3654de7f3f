/**
 * The CAP 1.2 writer: a published alert as XML that validates against the OASIS schema (element order
 * as the schema's sequences, times with a numeric offset, every text escaped). Pure; the same message
 * always gives the same bytes, which are what the detached signature signs.
 */
import { orderedInfo, type AlertContent, type CapMsgType, type CapStatus } from './cap.ts';
import { capCircle, capPolygon, type LatLon } from './geometry.ts';

export const CAP_NAMESPACE = 'urn:oasis:names:tc:emergency:cap:1.2';
/** The parameter that carries each language's SMS / cell-broadcast text. */
export const SMS_PARAMETER = 'SMS';
/** The geocode name of a Belgian municipality's NIS (REFNIS) code. */
export const NIS_GEOCODE = 'NIS';
/** The note every exercise message carries, in the four languages. */
export const EXERCISE_NOTE = 'EXERCISE - OEFENING - EXERCICE - ÜBUNG';

const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Escapes text for XML content and attribute values; throws on a character XML 1.0 cannot carry. */
export function escapeXml(s: string): string {
  if (INVALID_XML.test(s)) throw new Error('text holds a character XML 1.0 cannot carry');
  return s.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&apos;')).replace(/\r/g, '&#13;');
}

/**
 * An instant as CAP writes it: local time of `timeZone` with its offset, seconds, no fraction and no
 * "Z" (CAP 1.2 §3.3.2), e.g. 2024-03-22T10:30:00+01:00.
 */
export function capTime(d: Date, timeZone = 'Europe/Brussels'): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  ) as Record<string, string>;
  const local = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  const offsetMin = Math.round((local - Math.floor(d.getTime() / 1000) * 1000) / 60_000);
  const sign = offsetMin < 0 ? '-' : '+';
  const abs = Math.abs(offsetMin);
  const pad = (n: number) => String(n).padStart(2, '0');
  // UTC is written -00:00 (CAP 1.2 §3.3.2).
  const offset = offsetMin === 0 ? '-00:00' : `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
}

/** An earlier message this one refers to (CAP `references`: sender,identifier,sent). */
export interface CapReference {
  sender: string;
  identifier: string;
  sent: string;
}

/** The area as it is published: polygons (drawn and municipal, simplified), circles, NIS geocodes. */
export interface ResolvedArea {
  description: string;
  polygons: LatLon[][];
  circles: AlertContent['area']['circles'];
  geocodes: string[];
}

/** Everything a CAP message holds. */
export interface CapMessage {
  identifier: string;
  sender: string;
  /** As written in the message (capTime). */
  sent: string;
  status: CapStatus;
  msgType: CapMsgType;
  references: CapReference[];
  senderName: string;
  content: AlertContent;
  area: ResolvedArea;
}

/** Whether a string may be a CAP identifier or sender: no spaces, commas, "<" or "&" (CAP 1.2 §3.2.1). */
export function capToken(s: string): boolean {
  return s.length > 0 && !/[\s,<&]/.test(s);
}

/** Writes the message as CAP 1.2 XML (UTF-8, LF line ends). */
export function writeCap(m: CapMessage): string {
  if (!capToken(m.identifier)) throw new Error(`identifier "${m.identifier}" holds a space, comma, < or &`);
  if (!capToken(m.sender)) throw new Error(`sender "${m.sender}" holds a space, comma, < or &`);
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>', `<alert xmlns="${CAP_NAMESPACE}">`];
  const el = (indent: number, name: string, value: string | null | undefined) => {
    if (value !== null && value !== undefined && value !== '') out.push(`${'  '.repeat(indent)}<${name}>${escapeXml(value)}</${name}>`);
  };
  const pair = (indent: number, name: string, valueName: string, value: string) => {
    const pad = '  '.repeat(indent);
    out.push(`${pad}<${name}>`, `${pad}  <valueName>${escapeXml(valueName)}</valueName>`, `${pad}  <value>${escapeXml(value)}</value>`, `${pad}</${name}>`);
  };
  el(1, 'identifier', m.identifier);
  el(1, 'sender', m.sender);
  el(1, 'sent', m.sent);
  el(1, 'status', m.status);
  el(1, 'msgType', m.msgType);
  el(1, 'source', 'Vigil');
  el(1, 'scope', 'Public');
  if (m.status === 'Exercise') el(1, 'note', EXERCISE_NOTE);
  if (m.references.length > 0) el(1, 'references', m.references.map((r) => `${r.sender},${r.identifier},${r.sent}`).join(' '));
  const c = m.content;
  const onset = c.onset ? capTime(new Date(c.onset)) : null;
  const expires = c.expires ? capTime(new Date(c.expires)) : null;
  for (const info of orderedInfo(c.info)) {
    out.push('  <info>');
    el(2, 'language', info.language);
    for (const cat of c.category) el(2, 'category', cat);
    el(2, 'event', info.event);
    for (const rt of c.responseType) el(2, 'responseType', rt);
    el(2, 'urgency', c.urgency);
    el(2, 'severity', c.severity);
    el(2, 'certainty', c.certainty);
    el(2, 'onset', onset);
    el(2, 'expires', expires);
    el(2, 'senderName', m.senderName);
    el(2, 'headline', info.headline);
    el(2, 'description', info.description);
    el(2, 'instruction', info.instruction);
    el(2, 'web', c.web);
    el(2, 'contact', c.contact);
    if (info.sms) pair(2, 'parameter', SMS_PARAMETER, info.sms);
    out.push('    <area>');
    el(3, 'areaDesc', m.area.description);
    for (const p of m.area.polygons) el(3, 'polygon', capPolygon(p));
    for (const ci of m.area.circles) el(3, 'circle', capCircle(ci));
    for (const nis of m.area.geocodes) pair(3, 'geocode', NIS_GEOCODE, nis);
    out.push('    </area>');
    out.push('  </info>');
  }
  out.push('</alert>', '');
  return out.join('\n');
}
