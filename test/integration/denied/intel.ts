/**
 * Intel routes whose refusal is proven in their own suites (permissions.test.ts counts them as covered):
 * a subject's offence classification (test/integration/subject-offences.test.ts) — a user without
 * write access to an existing subject gets the answer for a missing one, and nothing changes.
 */
export const DENIED_INTEL: string[] = ['PUT /api/subjects/:id/offences', 'DELETE /api/subjects/:id/offences'];
