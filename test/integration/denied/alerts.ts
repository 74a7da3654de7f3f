/**
 * The alerts module's routes that its permission-denied suite proves refused (method and path with :id
 * for each parameter). permissions.test.ts counts them as covered; the alerts suite iterates over this
 * list, so a route listed here without a refusal test fails there.
 */
export const DENIED_ALERTS: string[] = [
  'GET /api/alerts',
  'POST /api/alerts',
  'GET /api/alerts/geo/municipalities',
  'GET /api/alerts/:id',
  'PUT /api/alerts/:id',
  'DELETE /api/alerts/:id',
  'GET /api/alerts/:id/preview',
  'POST /api/alerts/:id/submit',
  'POST /api/alerts/:id/return',
  'POST /api/alerts/:id/approve',
  'POST /api/alerts/:id/publish',
  'POST /api/alerts/:id/follow-up',
];
