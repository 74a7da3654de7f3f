/**
 * The one canonical text form of everything the audit log stores and hashes. The writer passes every
 * text field and every string (keys and values) of the details through it BEFORE hashing and storing,
 * so the database keeps exactly the text the hash covers and the verifiers (Node or SQL) recompute the
 * same bytes for any input:
 * - a lone surrogate (not valid UTF-8; drivers store it as U+FFFD) becomes U+FFFD;
 * - NUL (refused by PostgreSQL text and jsonb) becomes the six characters `\u0000`.
 * Everything else (noncharacters, controls, any length) is kept as it is.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const NEEDS_WORK = /[\u0000\uD800-\uDFFF]/;

/** The canonical form of one text. */
export function canonicalText(s: string): string {
  if (!NEEDS_WORK.test(s)) return s;
  return s.replace(LONE_SURROGATE, '\uFFFD').replace(/\u0000/g, '\\u0000');
}

/** canonicalText for a nullable field. */
export function canonicalNullable(s: string | null): string | null {
  return s === null ? null : canonicalText(s);
}

/** A JSON-like value with every string (object keys included) in canonical form. */
export function canonicalValue(v: unknown): unknown {
  if (typeof v === 'string') return canonicalText(v);
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(canonicalValue);
  if (v instanceof Date) return v.toISOString();
  const out = Object.create(null) as Record<string, unknown>; // a key "__proto__" stays a key
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    if (x !== undefined) out[canonicalText(k)] = canonicalValue(x);
  }
  return out;
}
