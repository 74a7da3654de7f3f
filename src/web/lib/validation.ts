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

/** A server error as field errors (when it names a field) or a form-level message under "_". */
export function serverErrors(e: unknown, t: TFunction): FieldErrors {
  if (e instanceof ApiError) {
    if (e.field) return { [e.field]: e.message };
    return { _: errorText(e, t) };
  }
  return { _: t('errors.unknown') };
}

/** A human message for any error, in the user's language where the code is known. */
export function errorText(e: unknown, t: TFunction): string {
  if (e instanceof ApiError) {
    switch (e.code) {
      case 'NETWORK':
        return t('errors.network');
      case 'RATE_LIMITED':
        return t('errors.rateLimited');
      case 'FORBIDDEN':
        return `${t('errors.forbidden')} ${e.message}`;
      case 'CONFLICT':
        return `${t('errors.conflict')} ${e.message}`;
      case 'INTERNAL':
        return `${t('errors.internal')} (${e.message})`;
      default:
        return e.message;
    }
  }
  return e instanceof Error ? e.message : t('errors.unknown');
}

/** The errors under a prefix, with the prefix removed ("markings.tlp" → "tlp"). */
export function scoped(errors: FieldErrors, prefix: string): FieldErrors {
  const out: FieldErrors = {};
  for (const [k, v] of Object.entries(errors)) if (k.startsWith(`${prefix}.`)) out[k.slice(prefix.length + 1)] = v;
  return out;
}
