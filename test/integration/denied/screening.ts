/**
 * Screening routes that test/integration/screening-fetch-denied.test.ts proves refused (lists kept
 * current, re-screening and passenger-message intake, issue #15). permissions.test.ts counts them as covered; the suite iterates
 * over this list, so a route listed here without a refusal case fails there.
 */
export const DENIED_SCREENING: string[] = [
  'POST /api/screening/lists/:source/fetch',
  'GET /api/screening/fetches',
  'GET /api/screening/fetches/:id',
  'GET /api/screening/rescreens',
  'GET /api/screening/rescreens/:id',
  'POST /api/screening/batches/messages',
];
