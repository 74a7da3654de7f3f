/**
 * The feedback sheet the cell sends to the police: it leaves the cell, so it needs the recorded
 * consent of every participating member of the case (for this version of the sheet), and it never
 * carries what was shared under professional secrecy nor a service's own notes.
 */
import type { SharingLevel } from '../access/prevention.ts';

export interface SheetContent {
  /** Free-text fields of the sheet by name (summary, advice…). */
  texts: Record<string, string>;
  /** Contributions quoted on the sheet, in order. */
  contributionIds: readonly string[];
}

export interface CaseContribution {
  id: string;
  sharing: SharingLevel;
  text: string;
}

export interface SheetProblem {
  field: string;
  message: string;
}

function normalise(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/\s+/g, ' ').trim();
}

/** Runs of this many words copied from a guarded contribution count as repeating it. */
export const COPIED_RUN_WORDS = 6;

function words(text: string): string[] {
  return normalise(text).replace(/[^\p{L}\p{N}\s]/gu, ' ').split(' ').filter((w) => w.length > 0);
}

/** Every run of COPIED_RUN_WORDS words of a text (a text shorter than that is one run). */
function runs(text: string): string[] {
  const w = words(text);
  if (w.length <= COPIED_RUN_WORDS) return w.length >= 3 ? [w.join(' ')] : [];
  const out: string[] = [];
  for (let i = 0; i + COPIED_RUN_WORDS <= w.length; i++) out.push(w.slice(i, i + COPIED_RUN_WORDS).join(' '));
  return out;
}

/**
 * What stops the sheet's content: a quoted contribution that is not cell level (named by its position,
 * contributionIds.N) and a text field that repeats a run of six words or more of a secrecy-covered or own-service
 * contribution (named by the field).
 */
export function contentProblems(sheet: SheetContent, contributions: readonly CaseContribution[]): SheetProblem[] {
  const byId = new Map(contributions.map((c) => [c.id, c]));
  const out: SheetProblem[] = [];
  sheet.contributionIds.forEach((id, i) => {
    const c = byId.get(id);
    if (!c) out.push({ field: `contributionIds.${i}`, message: 'No such contribution on this case.' });
    else if (c.sharing === 'secrecy') out.push({ field: `contributionIds.${i}`, message: 'This contribution is covered by shared professional secrecy and never leaves the cell.' });
    else if (c.sharing === 'own_service') out.push({ field: `contributionIds.${i}`, message: "This contribution is a service's own note, not shared with the cell." });
  });
  const guarded = contributions.filter((c) => c.sharing !== 'cell').flatMap((c) => runs(c.text).map((s) => ({ s, sharing: c.sharing })));
  for (const [name, text] of Object.entries(sheet.texts)) {
    const t = ` ${words(text).join(' ')} `;
    const hit = guarded.find((g) => t.includes(` ${g.s} `));
    if (hit) out.push({ field: `texts.${name}`, message: hit.sharing === 'secrecy' ? 'This text repeats what was shared under professional secrecy; it cannot go on the feedback sheet.' : "This text repeats a service's own note; it cannot go on the feedback sheet." });
  }
  return out;
}

export interface ConsentState {
  /** Participating members of the case (ids). */
  participantIds: readonly string[];
  /** Consents recorded for the sheet's current version: member id → decision. */
  decisions: ReadonlyMap<string, 'consent' | 'refuse'>;
}

/** Members whose consent is still missing, and those who refused. The sheet may go only when both are empty. */
export function consentGaps(s: ConsentState): { missing: string[]; refused: string[] } {
  const missing = s.participantIds.filter((m) => !s.decisions.has(m));
  const refused = s.participantIds.filter((m) => s.decisions.get(m) === 'refuse');
  return { missing, refused };
}

/** Whether the sheet may be sent: every participant consented to this version, and the content is clean. */
export function maySend(s: ConsentState, sheet: SheetContent, contributions: readonly CaseContribution[]): { ok: boolean; problems: SheetProblem[]; missing: string[]; refused: string[] } {
  const problems = contentProblems(sheet, contributions);
  const { missing, refused } = consentGaps(s);
  return { ok: problems.length === 0 && missing.length === 0 && refused.length === 0 && s.participantIds.length > 0, problems, missing, refused };
}
