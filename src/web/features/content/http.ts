/**
 * Raw-body requests of the content pillar (image uploads, evidence screenshots, CSV imports) with the
 * session cookie and CSRF token, and the provider portal's requests (no session: the portal token in
 * the x-portal-token header). Errors become ApiError like the API client's; a CSV import's
 * line-numbered errors are kept in `lines`.
 */
import { api, ApiError, csrfToken } from '../../lib/api.ts';

export interface LineError {
  line: number;
  message: string;
}

export class RawError extends ApiError {
  constructor(status: number, code: string, message: string, field: string | undefined, readonly lines: LineError[]) {
    super(status, code, message, field);
  }
}

async function parse<T>(res: Response): Promise<T> {
  const text = await res.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = text;
  }
  if (res.ok) return data as T;
  const e = (data as { error?: { code?: string; message?: string; field?: string; lines?: LineError[] } } | null)?.error;
  throw new RawError(res.status, e?.code ?? `HTTP_${res.status}`, e?.message ?? res.statusText, e?.field, e?.lines ?? []);
}

/** Sends a file or text as the request body. The content type defaults to the file's own (or octet-stream). */
export async function sendRaw<T>(method: 'POST' | 'PUT', url: string, body: Blob | string, contentType?: string): Promise<T> {
  const type = contentType ?? (body instanceof Blob && /^(image|video)\//.test(body.type) ? body.type : 'application/octet-stream');
  const headers: Record<string, string> = { 'content-type': type, accept: 'application/json' };
  const token = csrfToken();
  if (token) headers['x-csrf-token'] = token;
  let res: Response;
  try {
    res = await fetch(url, { method, headers, credentials: 'same-origin', body });
  } catch {
    throw new ApiError(0, 'NETWORK', 'The server cannot be reached. Check your connection and try again.');
  }
  // A lost session: let the API client notice it (it sends the user to sign in again).
  if (res.status === 401) void api.get('/api/auth/me').catch(() => undefined);
  return parse<T>(res);
}

/** The provider portal: public, no cookie, the token from the link's fragment in a header. */
export async function portalRequest<T>(method: 'GET' | 'POST', id: string, token: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'x-portal-token': token };
  if (body !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(`/api/portal/orders/${encodeURIComponent(id)}`, { method, headers, credentials: 'omit', body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError(0, 'NETWORK', 'The server cannot be reached. Check your connection and try again.');
  }
  return parse<T>(res);
}
