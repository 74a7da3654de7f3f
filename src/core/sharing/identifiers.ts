/**
 * Strong identifiers of a STIX object, for correlation: identity document numbers, phone numbers,
 * e-mail addresses, crypto addresses, and an exact name with a full birth date. Values are
 * normalised, then hashed: the correlation index never holds them in clear. Pure.
 */
import { createHash } from 'node:crypto';
import { latinKey } from '../names/latin.ts';
import type { MispAttribute, MispEvent } from './misp.ts';
import { vigilExtension, type StixObject } from './stix.ts';

export type IdentifierKind = 'document' | 'phone' | 'email' | 'crypto' | 'name-dob';
export interface Identifier {
  kind: IdentifierKind;
  hash: string;
}

const MISP_KINDS: Record<string, IdentifierKind> = {
  'passport-number': 'document',
  'identity-card-number': 'document',
  'phone-number': 'phone',
  'whois-registrant-phone': 'phone',
  email: 'email',
  'email-src': 'email',
  'email-dst': 'email',
  'whois-registrant-email': 'email',
  btc: 'crypto',
  xmr: 'crypto',
  dash: 'crypto',
  'bitcoin-address': 'crypto',
};

/** The normalised form of a value of a kind, or '' when it is too weak to correlate. */
export function normalise(kind: IdentifierKind, value: string): string {
  const v = value.trim();
  switch (kind) {
    case 'document': {
      const n = v.toUpperCase().replace(/[^A-Z0-9]/g, '');
      return n.length >= 5 ? n : '';
    }
    case 'phone': {
      const d = v.replace(/^00/, '+').replace(/[^\d+]/g, '');
      return d.replace(/\D/g, '').length >= 7 ? d : '';
    }
    case 'email':
      return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v) ? v.toLowerCase() : '';
    case 'crypto':
      return v.length >= 20 ? (/^(bc1|ltc1|0x)/i.test(v) ? v.toLowerCase() : v) : '';
    case 'name-dob':
      return v;
  }
}

export function identifierHash(kind: IdentifierKind, normalised: string): string {
  return createHash('sha256').update(`${kind}:${normalised}`).digest('hex');
}

function push(out: Map<string, Identifier>, kind: IdentifierKind, value: string): void {
  const n = normalise(kind, value);
  if (!n) return;
  const hash = identifierHash(kind, n);
  out.set(`${kind}:${hash}`, { kind, hash });
}

function nameDob(out: Map<string, Identifier>, names: string[], birthDate: string): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) return;
  for (const n of names) {
    const key = latinKey(n);
    if (key.includes(' ')) push(out, 'name-dob', `${key}|${birthDate}`);
  }
}

function fromMispAttributes(out: Map<string, Identifier>, attrs: MispAttribute[]): void {
  for (const a of attrs) {
    const kind = MISP_KINDS[a.type];
    if (kind) push(out, kind, a.value);
  }
  const names = attrs.filter((a) => a.type === 'full-name').map((a) => a.value);
  const dob = attrs.find((a) => a.type === 'date-of-birth')?.value;
  if (dob) nameDob(out, names, dob);
}

/** The strong identifiers an object carries (Vigil subjects, MISP events, STIX observables). */
export function identifiersOf(o: StixObject): Identifier[] {
  const out = new Map<string, Identifier>();
  const x = vigilExtension(o);
  if (x?.record_type === 'subject') {
    for (const d of (x.documents as Array<{ number?: unknown }> | undefined) ?? []) if (typeof d.number === 'string') push(out, 'document', d.number);
    if (typeof x.birth_date === 'string') nameDob(out, ((x.names as string[] | undefined) ?? [String(o.name ?? '')]).filter((n) => typeof n === 'string'), x.birth_date);
  }
  if (x?.record_type === 'misp-event' && x.misp_event) {
    const ev = x.misp_event as MispEvent;
    fromMispAttributes(out, ev.attributes ?? []);
    for (const obj of ev.objects ?? []) fromMispAttributes(out, obj.attributes ?? []);
  }
  if (o.type === 'email-addr' && typeof o.value === 'string') push(out, 'email', o.value);
  if (o.type === 'cryptocurrency-wallet' && typeof o.value === 'string') push(out, 'crypto', o.value);
  return [...out.values()];
}
