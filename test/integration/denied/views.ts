/**
 * The saved-views routes that test/integration/saved-views.test.ts proves refused (another user's view
 * is never listed, replaced or deleted; nobody signed in gets 401). permissions.test.ts counts them as covered.
 */
export const DENIED_VIEWS: string[] = ['GET /api/me/views', 'POST /api/me/views', 'DELETE /api/me/views/:id'];
