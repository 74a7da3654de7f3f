/**
 * Uploads with progress: XMLHttpRequest (fetch has no upload progress) with the session cookie and
 * the CSRF token, for list imports and passenger lists sent as they are. Errors become ApiError like
 * the API client's, with the import's line-numbered issues kept (`UploadError.issues`).
 */
import { api, ApiError, csrfToken } from '../../lib/api.ts';
import type { ParseIssue } from './types.ts';

export class UploadError extends ApiError {
  constructor(status: number, code: string, message: string, field: string | undefined, readonly issues: ParseIssue[]) {
    super(status, code, message, field);
  }
}

export interface UploadProgress {
  /** 'sending' while bytes go up, 'processing' once the server has them all */
  phase: 'sending' | 'processing';
  loaded: number;
  total: number;
}

export function upload<T>(url: string, body: Blob | string, contentType: string, onProgress?: (p: UploadProgress) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('content-type', contentType);
    xhr.setRequestHeader('accept', 'application/json');
    const token = csrfToken();
    if (token) xhr.setRequestHeader('x-csrf-token', token);
    const size = typeof body === 'string' ? new Blob([body]).size : body.size;
    xhr.upload.onprogress = (e) => onProgress?.({ phase: 'sending', loaded: e.loaded, total: e.lengthComputable ? e.total : size });
    xhr.upload.onload = () => onProgress?.({ phase: 'processing', loaded: size, total: size });
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', 'The server cannot be reached. Check your connection and try again.'));
    xhr.onload = () => {
      let data: unknown = null;
      try {
        data = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        data = xhr.responseText;
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(data as T);
      const e = (data as { error?: { code?: string; message?: string; field?: string; issues?: ParseIssue[] } } | null)?.error;
      // A lost session or stale token: let the API client notice it (it sends the user to sign in again).
      if (xhr.status === 401) void api.get('/api/auth/me').catch(() => undefined);
      reject(new UploadError(xhr.status, e?.code ?? `HTTP_${xhr.status}`, e?.message ?? xhr.statusText, e?.field, e?.issues ?? []));
    };
    onProgress?.({ phase: 'sending', loaded: 0, total: size });
    xhr.send(body);
  });
}

/** "1.9 MB" */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} kB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
