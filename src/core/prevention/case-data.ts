/**
 * Minimum data of a case (LIVC-R): a pseudonymous reference, the year of birth and the municipality.
 * Every further field is an exception that states why it is needed; the reason is stored with it.
 * Names, national numbers and traits the law protects are never fields of a case.
 */
export const MINIMUM_FIELDS = ['reference', 'birthYear', 'nisCode'] as const;

/** Extra fields a case may carry, each with a stated reason. */
export const EXTRA_FIELDS = ['school', 'living_situation', 'language_needs', 'guardian_contact', 'current_support', 'other'] as const;
export type ExtraField = (typeof EXTRA_FIELDS)[number];

/** Words that are never a case field: identity and protected traits (no profiling on them). */
const FORBIDDEN_FIELD_WORDS = ['name', 'national', 'religion', 'ethnic', 'origin', 'nationality', 'address', 'phone', 'email', 'health', 'sexual', 'political'];

export interface FieldProblem {
  field: string;
  message: string;
}

/** A pseudonymous reference: letters, digits and dashes, 4–40 characters, e.g. RIV-2026-014. */
export function referenceProblem(reference: string): string | null {
  if (!/^[A-Za-z0-9-]{4,40}$/.test(reference)) return 'Use a pseudonymous reference of 4–40 letters, digits or dashes (e.g. RIV-2026-014), never a name.';
  return null;
}

/** The year of birth of a person at risk: plausible for minors and adults alike. */
export function birthYearProblem(year: number, now: Date): string | null {
  const y = now.getUTCFullYear();
  if (!Number.isInteger(year) || year < y - 100 || year > y - 8) return `Give a year of birth between ${y - 100} and ${y - 8}.`;
  return null;
}

/** Problems with extra fields: each needs a known field name, a value and a reason of at least 15 characters. */
export function extraFieldProblems(fields: ReadonlyArray<{ field: string; value: string; reason: string }>, path = 'fields'): FieldProblem[] {
  const out: FieldProblem[] = [];
  const seen = new Set<string>();
  fields.forEach((f, i) => {
    if (!(EXTRA_FIELDS as readonly string[]).includes(f.field)) out.push({ field: `${path}.${i}.field`, message: `Unknown field; use one of ${EXTRA_FIELDS.join(', ')}.` });
    else if (seen.has(f.field)) out.push({ field: `${path}.${i}.field`, message: 'This field is already given.' });
    seen.add(f.field);
    if (f.value.trim().length === 0) out.push({ field: `${path}.${i}.value`, message: 'Give the value.' });
    if (f.reason.trim().length < 15) out.push({ field: `${path}.${i}.reason`, message: 'State why this field is needed beyond the minimum data (at least 15 characters).' });
    const lower = f.value.toLowerCase();
    if (f.field === 'other' && FORBIDDEN_FIELD_WORDS.some((w) => lower.includes(`${w}:`))) out.push({ field: `${path}.${i}.value`, message: 'Identity and protected traits are never case data.' });
  });
  return out;
}
