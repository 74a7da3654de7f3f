/**
 * The legal module's routes that test/integration/legal-permissions.test.ts proves refused (method and
 * path with :id for each parameter). permissions.test.ts counts them as covered; the legal test
 * iterates over this list, so a route listed here without a refusal test fails there.
 */
export const DENIED_LEGAL: string[] = [
  'GET /api/legal/registry',
  'GET /api/legal/registry/:id',
  'GET /api/legal/bases',
  'POST /api/legal/registry',
  'POST /api/legal/registry/:id/amend',
  'POST /api/legal/registry/:id/expire',
  'GET /api/legal/registry/:id/review',
  'GET /api/legal/registry/:id/subjects',
  'GET /api/legal/registry/:id/cases',
  'GET /api/legal/offences',
  'GET /api/legal/deadline-rules',
  'PUT /api/legal/deadline-rules/:id',
  'GET /api/legal/methods',
  'GET /api/legal/authorisations',
  'POST /api/legal/authorisations',
  'GET /api/legal/authorisations/:id',
  'POST /api/legal/authorisations/:id/transitions',
  'GET /api/legal/authorisations/:id/signatures',
  'GET /api/legal/signatures',
  'GET /api/legal/deadlines',
  'GET /api/legal/deadlines.ics',
  'GET /api/legal/cooperation',
  'POST /api/legal/cooperation',
  'GET /api/legal/cooperation/:id',
  'POST /api/legal/cooperation/:id/events',
  'GET /api/legal/cooperation/:id/signatures',
  'GET /api/legal/statistics',
  'GET /api/legal/statistics.csv',
  'GET /api/legal/statistics.pdf',
];
