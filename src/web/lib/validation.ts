/**
 * Client-side validation with the server's own zod contracts: issues become a map from dotted field
 * path (e.g. "markings.reviewDate") to a message, in the user's language where we know the rule.
 */
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { ApiError } from './api.ts';

export type FieldErrors = Record<string, string>;

/** Contract messages we translate; anything else falls back to a message by issue code. */
const KNOWN: Record<string, string> = {
  'must be a date YYYY-MM-DD': 'validation.date',
  'is not a real date': 'validation.realDate',
  'must be YYYY, YYYY-MM or YYYY-MM-DD': 'validation.partialDate',
  'must be an id (UUID)': 'validation.uuid',
  'name the legal basis': 'validation.legalBasis',
  'state the purpose': 'validation.purpose',
  'name at least one organisation for distribution "organisations"': 'validation.sharedWith',
  'name at least one sharing group for distribution "group"': 'validation.groupIds',
  'must be an ISO 3166-1 alpha-2 code': 'validation.country',
  'must be an ISO 3166-1 alpha-2 code (e.g. BE)': 'validation.country',
  'a name cannot be empty': 'validation.nameEmpty',
  'give at least one name': 'validation.oneName',
  'an organisation has no birth date or gender': 'validation.orgNoBirth',
  'a subject cannot be linked to itself': 'validation.selfLink',
  'explain the level in at least 10 characters': 'validation.justification',
  'use at least 12 characters': 'validation.password12',
  'use 3–60 lowercase letters, digits, dots, dashes or underscores': 'validation.username',
  'give the reason for deletion': 'validation.reason',
};

interface IssueLike {
  code: string;
  message: string;
  path: PropertyKey[];
  minimum?: unknown;
  maximum?: unknown;
}

export function issueMessage(issue: IssueLike, t: TFunction): string {
  const known = KNOWN[issue.message];
  if (known) return t(known);
  switch (issue.code) {
    case 'too_small':
      return Number(issue.minimum) <= 1 ? t('validation.required') : t('validation.tooShort', { min: Number(issue.minimum) });
    case 'too_big':
      return t('validation.tooLong', { max: Number(issue.maximum) });
    case 'invalid_value':
    case 'invalid_union':
      return t('validation.choose');
    case 'invalid_type':
      return t('validation.required');
    case 'invalid_format':
      return t('validation.format');
    default:
      return issue.message;
  }
}

export function validate<S extends z.ZodType>(schema: S, value: unknown, t: TFunction): { ok: true; data: z.infer<S> } | { ok: false; errors: FieldErrors } {
  const r = schema.safeParse(value);
  if (r.success) return { ok: true, data: r.data };
  const errors: FieldErrors = {};
  for (const issue of r.error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    if (!errors[key]) errors[key] = issueMessage(issue as IssueLike, t);
  }
  return { ok: false, errors };
}

/**
 * The codes of the API's errors (src/server/platform/errors.ts ERROR_STATUS) and the client's own
 * NETWORK: each has a text in every language (errors.code.*), shown first. The UI decides by the code,
 * never by matching the server's text.
 */
export const ERROR_CODES = ['INVALID_INPUT', 'UNAUTHENTICATED', 'CSRF', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'INTERNAL', 'UNAVAILABLE', 'NETWORK'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
const isKnownCode = (code: string): code is ErrorCode => (ERROR_CODES as readonly string[]).includes(code);
/**
 * Codes whose server text says what to fix (the field, line, segment or JSON pointer of bad input; what
 * a conflict is with; the size limit): that text follows the translated one. Other codes' texts (an
 * internal error's, a refusal's) are never shown.
 */
const DETAILED: ReadonlySet<string> = new Set(['INVALID_INPUT', 'CONFLICT', 'PAYLOAD_TOO_LARGE']);

/** The server's text without the field name it starts with ("period: not a period" → "not a period"). */
function detailOf(e: ApiError): string {
  const m = e.message.trim();
  return e.field && m.startsWith(`${e.field}: `) ? m.slice(e.field.length + 2) : m;
}

/** A server error as field errors (when it names a field) or a form-level message under "_". */
export function serverErrors(e: unknown, t: TFunction): FieldErrors {
  if (e instanceof ApiError) {
    if (e.field) return { [e.field]: fieldText(e, t) };
    return { _: errorText(e, t) };
  }
  return { _: t('errors.unknown') };
}

/** A server error that names a field, as the message beside that field (with what the server found wrong). */
export function fieldText(e: ApiError, t: TFunction): string {
  if (e.code === 'INVALID_INPUT') {
    const detail = detailOf(e);
    return detail ? `${t('errors.fieldInvalid')} ${detail}` : t('errors.fieldInvalid');
  }
  return errorText(e, t);
}

/** A human message for any error: the code's text in the user's language, then, for bad input, what to fix. */
export function errorText(e: unknown, t: TFunction): string {
  if (e instanceof ApiError) {
    // A code this build does not know (an older client, a proxy's HTTP_502): the generic text.
    const text = isKnownCode(e.code) ? t(`errors.code.${e.code}`) : t('errors.unknown');
    const detail = DETAILED.has(e.code) ? detailOf(e) : '';
    return detail ? `${text} ${detail}` : text;
  }
  return t('errors.unknown');
}

/** The errors under a prefix, with the prefix removed ("markings.tlp" → "tlp"). */
export function scoped(errors: FieldErrors, prefix: string): FieldErrors {
  const out: FieldErrors = {};
  for (const [k, v] of Object.entries(errors)) if (k.startsWith(`${prefix}.`)) out[k.slice(prefix.length + 1)] = v;
  return out;
}
