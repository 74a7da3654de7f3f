/**
 * The crisis module's routes that test/integration/crisis-permissions.test.ts proves refused (method and
 * path with :id for each parameter). permissions.test.ts counts them as covered; the crisis test
 * iterates over this list, so a route listed here without a refusal test fails there.
 */
export const DENIED_CRISIS: string[] = [];
