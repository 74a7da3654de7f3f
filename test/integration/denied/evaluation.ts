/**
 * The evaluation module's routes that its permission-denied suite proves refused (method and path with :id
 * for each parameter). permissions.test.ts counts them as covered; the evaluation suite iterates over this
 * list, so a route listed here without a refusal test fails there.
 */
export const DENIED_EVALUATION: string[] = [
  'GET /api/evaluation/indicators',
  'POST /api/evaluation/indicators',
  'PUT /api/evaluation/indicators/:id',
  'GET /api/evaluation/theories',
  'PUT /api/evaluation/theories/:programmeType',
  'GET /api/evaluation/municipalities',
  'GET /api/evaluation/geo/municipalities',
  'GET /api/evaluation/indicators/:id/values',
  'POST /api/evaluation/indicators/:id/values',
  'POST /api/evaluation/indicators/:id/imports/preview',
  'POST /api/evaluation/indicators/:id/imports',
  'GET /api/evaluation/indicators/:id/values.csv',
  'GET /api/evaluation/indicators/:id/evaluate',
  'GET /api/evaluation/indicators/:id/evaluate.csv',
  'GET /api/evaluation/indicators/:id/evaluate.pdf',
  'GET /api/evaluation/indicators/:id/map',
];
