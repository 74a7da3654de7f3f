/**
 * The evaluation module's routes that its permission-denied suite proves refused (method and path with :id
 * for each parameter). permissions.test.ts counts them as covered; the evaluation suite iterates over this
 * list, so a route listed here without a refusal test fails there.
 */
export const DENIED_EVALUATION: string[] = [];
