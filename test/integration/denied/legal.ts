/**
 * The legal module's routes that test/integration/legal-permissions.test.ts proves refused (method and
 * path with :id for each parameter). permissions.test.ts counts them as covered; the legal test
 * iterates over this list, so a route listed here without a refusal test fails there.
 */
export const DENIED_LEGAL: string[] = [];
