/** Error codes of Vigil's API, each with its HTTP status. */
export const ERROR_STATUS = {
  INVALID_INPUT: 400,
  UNAUTHENTICATED: 401,
  CSRF: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

/** An error a user can act on; becomes `{"error":{"code","message","field"?}}` over HTTP. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/** The answer for a record that does not exist or that the policy refuses: always the same. */
export function notFound(kind = 'record'): AppError {
  return new AppError('NOT_FOUND', `No such ${kind}.`);
}

/** Refusal of an action the user's roles do not allow (never used for refused reads of records). */
export function forbidden(message = 'Your roles do not allow this action.'): AppError {
  return new AppError('FORBIDDEN', message);
}

export function invalid(message: string, field?: string): AppError {
  return new AppError('INVALID_INPUT', message, field);
}
