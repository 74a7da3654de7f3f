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

/** The session's CSRF token (the session provider reads whether one is kept). */
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

/** A numbered line of a refused CSV import (content banks). */
export interface LineError {
  line: number;
  message: string;
}

/**
 * The one error of every request: status, a code the UI translates (src/web/lib/validation.ts), the
 * server's English text (for logs), the field it names, and — for refused imports — the numbered lines
 * (`lines`, content CSV) or the parse issues (`issues`, screening lists and passenger messages).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly lines: LineError[] = [],
    readonly issues: unknown[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const NETWORK_TEXT = 'The server cannot be reached. Check your connection and try again.';

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

interface RequestOptions {
  /** A raw body (file, text) sent as it is with this content type, instead of JSON. */
  raw?: { body: Blob | string; contentType: string };
  headers?: Record<string, string>;
  /** false: a public request without the session (the provider portal); no session events. */
  session?: boolean;
}

function parseBody(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return text;
  }
}

/** The error of a failed answer; tells the session listeners about a lost session or stale token. */
function failure(status: number, statusText: string, data: unknown, path: string, session: boolean): ApiError {
  const e = (data as { error?: { code?: string; message?: string; field?: string; lines?: LineError[]; issues?: unknown[] } } | null)?.error;
  const err = new ApiError(status, e?.code ?? `HTTP_${status}`, e?.message ?? statusText, e?.field, e?.lines ?? [], e?.issues ?? []);
  const isLogin = path.startsWith('/api/auth/login');
  if (session && !isLogin && status === 401) listeners.forEach((l) => l('expired'));
  if (session && !isLogin && status === 403 && err.code === 'CSRF') listeners.forEach((l) => l('csrf'));
  return err;
}

function headersFor(method: string, opts: RequestOptions, json: boolean): Record<string, string> {
  const headers: Record<string, string> = { accept: 'application/json', ...opts.headers };
  const session = opts.session !== false;
  const purpose = session ? currentPurpose() : null;
  if (purpose) headers['x-vigil-purpose'] = purpose;
  if (opts.raw) headers['content-type'] = opts.raw.contentType;
  else if (json) headers['content-type'] = 'application/json';
  if (session && method !== 'GET' && csrf) headers['x-csrf-token'] = csrf;
  return headers;
}

async function request<T>(method: string, path: string, body?: unknown, opts: RequestOptions = {}): Promise<T> {
  const session = opts.session !== false;
  const headers = headersFor(method, opts, body !== undefined);
  const payload = opts.raw ? opts.raw.body : body === undefined ? undefined : JSON.stringify(body);
  let res: Response;
  try {
    res = await fetch(path, { method, headers, credentials: session ? 'same-origin' : 'omit', body: payload });
  } catch {
    throw new ApiError(0, 'NETWORK', NETWORK_TEXT);
  }
  const data = parseBody(await res.text());
  if (!res.ok) throw failure(res.status, res.statusText, data, path, session);
  return data as T;
}

export interface UploadProgress {
  /** 'sending' while bytes go up, 'processing' once the server has them all */
  phase: 'sending' | 'processing';
  loaded: number;
  total: number;
}

/** A raw body with upload progress: XMLHttpRequest (fetch has none), same headers and errors as request(). */
function upload<T>(path: string, body: Blob | string, contentType: string, onProgress?: (p: UploadProgress) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.withCredentials = true;
    for (const [k, v] of Object.entries(headersFor('POST', { raw: { body, contentType } }, false))) xhr.setRequestHeader(k, v);
    const size = typeof body === 'string' ? new Blob([body]).size : body.size;
    xhr.upload.onprogress = (e) => onProgress?.({ phase: 'sending', loaded: e.loaded, total: e.lengthComputable ? e.total : size });
    xhr.upload.onload = () => onProgress?.({ phase: 'processing', loaded: size, total: size });
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', NETWORK_TEXT));
    xhr.onload = () => {
      const data = parseBody(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) resolve(data as T);
      else reject(failure(xhr.status, xhr.statusText, data, path, true));
    };
    onProgress?.({ phase: 'sending', loaded: 0, total: size });
    xhr.send(body);
  });
}

/** A file's own content type when it is an image or video, otherwise octet-stream. */
function rawType(body: Blob | string): string {
  return body instanceof Blob && /^(image|video)\//.test(body.type) ? body.type : 'application/octet-stream';
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body: unknown = {}) => request<T>('POST', path, body),
  put: <T>(path: string, body: unknown = {}) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown = {}) => request<T>('PATCH', path, body),
  del: <T>(path: string, body?: unknown) => request<T>('DELETE', path, body),
  /** A file or text as the request body (content type: the file's own image/video type, or octet-stream). */
  send: <T>(method: 'POST' | 'PUT', path: string, body: Blob | string, contentType?: string) =>
    request<T>(method, path, undefined, { raw: { body, contentType: contentType ?? rawType(body) } }),
  /** A file or text as the request body, with upload progress. */
  upload,
  /** The provider portal: public, no cookie, the order's token in the x-portal-token header. */
  portal: <T>(method: 'GET' | 'POST', path: string, token: string, body?: unknown) =>
    request<T>(method, path, body, { headers: { 'x-portal-token': token }, session: false }),
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
