/**
 * The API client: JSON over fetch with the session cookie, the CSRF token on every non-GET request
 * (kept in memory and sessionStorage so a reload keeps working) and the error format
 * {"error":{"code","message","field"?}} turned into ApiError.
 */
import type { paths } from './api-schema';

const CSRF_KEY = 'vigil.csrf';
let csrf: string | null = readStored();

function readStored(): string | null {
  try {
    return sessionStorage.getItem(CSRF_KEY);
  } catch {
    return null;
  }
}

/** The session's CSRF token, for requests that do not go through this client (uploads with progress). */
export function csrfToken(): string | null {
  return csrf;
}

export function setCsrf(token: string | null): void {
  csrf = token;
  try {
    if (token) sessionStorage.setItem(CSRF_KEY, token);
    else sessionStorage.removeItem(CSRF_KEY);
  } catch {
    // storage unavailable: memory only
  }
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Listeners told when the session is gone (401) or the CSRF token is stale (403 CSRF). */
type SessionListener = (reason: 'expired' | 'csrf') => void;
const listeners = new Set<SessionListener>();
export function onSessionLost(fn: SessionListener): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/**
 * The purpose of the user's work, sent with every request (x-vigil-purpose) and recorded with each read
 * in the audit log. The user chooses it by the work they open: screening, case work (content cases),
 * oversight; setPurpose() overrides it (null: the section's own).
 */
let chosenPurpose: string | null = null;
const SECTION_PURPOSE: Array<[RegExp, string]> = [
  [/^\/(screening|watchlists|suppressions)(\/|$)/, 'screening'],
  [/^\/content\/cases(\/|$)/, 'case work'],
  [/^\/oversight(\/|$)/, 'oversight'],
];
export function setPurpose(purpose: string | null): void {
  chosenPurpose = purpose;
}
export function currentPurpose(path: string = typeof window === 'undefined' ? '' : window.location.pathname): string | null {
  return chosenPurpose ?? SECTION_PURPOSE.find(([re]) => re.test(path))?.[1] ?? null;
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const purpose = currentPurpose();
  if (purpose) headers['x-vigil-purpose'] = purpose;
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrf) headers['x-csrf-token'] = csrf;
  let res: Response;
  try {
    res = await fetch(path, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError(0, 'NETWORK', 'The server cannot be reached. Check your connection and try again.');
  }
  const text = await res.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = text;
  }
  if (!res.ok) {
    const e = (data as { error?: { code?: string; message?: string; field?: string } } | null)?.error;
    const err = new ApiError(res.status, e?.code ?? `HTTP_${res.status}`, e?.message ?? res.statusText, e?.field);
    const isLogin = path.startsWith('/api/auth/login');
    if (!isLogin && res.status === 401) listeners.forEach((l) => l('expired'));
    if (!isLogin && res.status === 403 && err.code === 'CSRF') listeners.forEach((l) => l('csrf'));
    throw err;
  }
  return data as T;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body: unknown = {}) => request<T>('POST', path, body),
  put: <T>(path: string, body: unknown = {}) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown = {}) => request<T>('PATCH', path, body),
  del: <T>(path: string, body?: unknown) => request<T>('DELETE', path, body),
};

/** A query string from defined, non-empty values. */
export function qs(params: Record<string, string | number | boolean | undefined | null>): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') u.set(k, String(v));
  const s = u.toString();
  return s ? `?${s}` : '';
}

/*
 * Types of the API, from the generated src/web/lib/api-schema.d.ts (`npm run api:types`):
 * `ApiOk<'/api/alerts/{id}', 'get'>` is the JSON body of the success answer of that route.
 */
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type SuccessStatus = 200 | 201 | 202 | 204;
type JsonOf<R> = R extends { content: { 'application/json': infer J } } ? J : never;
export type ApiPath = keyof paths;
export type ApiOp<P extends ApiPath, M extends Method> = NonNullable<paths[P][M]>;
export type ApiOk<P extends ApiPath, M extends Method> =
  ApiOp<P, M> extends { responses: infer R } ? { [S in keyof R & SuccessStatus]: JsonOf<R[S]> }[keyof R & SuccessStatus] : never;
export type ApiBody<P extends ApiPath, M extends Method> =
  ApiOp<P, M> extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
