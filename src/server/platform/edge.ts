/**
 * Checks at the edge of the HTTP server, before any route sees a request: text the database cannot
 * store (NUL characters, lone UTF-16 surrogates) and bodies nested too deep are refused with 400 naming
 * the field; and request logs carry no query strings, tokens or names (only the route pattern).
 */
import type { FastifyRequest } from 'fastify';
import { AppError } from './errors.ts';

/** The deepest nesting of arrays and objects a JSON body may have. */
export const MAX_BODY_DEPTH = 64;
/** The byte limit of the import routes (STIX, MISP, TAXII add objects): TAXII's advertised max_content_length. */
export const IMPORT_BODY_LIMIT = 20 * 1024 * 1024;
/** Routes whose body is an import from outside, with the import size limit. */
export const IMPORT_ROUTES = [/^\/api\/sharing\/(stix|misp)\/import$/, /^\/taxii2\/[^/]+\/collections\/:cid\/objects\/?$/];

/** Headers whose values services use as data. */
const DATA_HEADERS = ['x-vigil-purpose', 'x-portal-token'];

// A NUL, a high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
const BAD_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why a string cannot be stored, or undefined when it can. */
export function badText(s: string): string | undefined {
  const m = BAD_TEXT.exec(s);
  if (!m) return undefined;
  return m[0] === '\u0000' ? 'contains a NUL character (\\u0000)' : 'contains a lone UTF-16 surrogate (not valid Unicode)';
}

const escapePointer = (k: string) => k.replace(/~/g, '~0').replace(/\//g, '~1');
/** Makes a key printable in an error message (the key itself may be the bad text). */
const printable = (k: string) => JSON.stringify(k).slice(1, -1).slice(0, 100);

interface Node {
  value: unknown;
  parent: Node | undefined;
  key: string;
  depth: number;
}

function pointerOf(n: Node | undefined): string {
  const keys: string[] = [];
  for (let x = n; x?.parent; x = x.parent) keys.push(escapePointer(printable(x.key)));
  return '/' + keys.reverse().join('/');
}

/**
 * Walks a parsed JSON body without recursion (so no nesting can overflow the stack): refuses text that
 * cannot be stored (values and keys) and nesting deeper than `maxDepth`, naming a JSON pointer.
 */
export function checkJson(body: unknown, maxDepth = MAX_BODY_DEPTH): void {
  const stack: Node[] = [{ value: body, parent: undefined, key: '', depth: 0 }];
  while (stack.length > 0) {
    const n = stack.pop()!;
    const v = n.value;
    if (typeof v === 'string') {
      const why = badText(v);
      if (why) throw new AppError('INVALID_INPUT', `${pointerOf(n)}: the text ${why}.`, pointerOf(n));
      continue;
    }
    if (v === null || typeof v !== 'object' || Buffer.isBuffer(v)) continue;
    if (n.depth >= maxDepth) {
      throw new AppError('INVALID_INPUT', `${pointerOf(n)}: the body is nested more than ${maxDepth} levels deep.`, pointerOf(n));
    }
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], parent: n, key: String(i), depth: n.depth + 1 });
      continue;
    }
    for (const [k, child] of Object.entries(v as Record<string, unknown>)) {
      const why = badText(k);
      if (why) {
        const at = pointerOf({ value: undefined, parent: n, key: k, depth: n.depth + 1 });
        throw new AppError('INVALID_INPUT', `${at}: the key ${why}.`, at);
      }
      stack.push({ value: child, parent: n, key: k, depth: n.depth + 1 });
    }
  }
}

/** Refuses text that cannot be stored in a flat map of strings (query, path parameters), naming `where.key`. */
function checkFlat(where: string, values: unknown): void {
  if (!values || typeof values !== 'object') return;
  for (const [k, raw] of Object.entries(values as Record<string, unknown>)) {
    const field = `${where}.${printable(k)}`;
    const keyWhy = badText(k);
    if (keyWhy) throw new AppError('INVALID_INPUT', `${field}: the name ${keyWhy}.`, field);
    for (const v of Array.isArray(raw) ? raw : [raw]) {
      const why = typeof v === 'string' ? badText(v) : undefined;
      if (why) throw new AppError('INVALID_INPUT', `${field}: the text ${why}.`, field);
    }
  }
}

/** The edge check of a parsed request (a preValidation hook): query, path parameters, data headers, body. */
export function checkRequest(req: FastifyRequest): void {
  checkFlat('query', req.query);
  checkFlat('params', req.params);
  const headers: Record<string, unknown> = {};
  for (const h of DATA_HEADERS) if (req.headers[h] !== undefined) headers[h] = req.headers[h];
  checkFlat('headers', headers);
  const body = req.body;
  if (typeof body === 'string') {
    const why = badText(body);
    if (why) throw new AppError('INVALID_INPUT', `body: the text ${why}.`, 'body');
  } else if (body !== null && typeof body === 'object' && !Buffer.isBuffer(body) && !isStream(body)) {
    checkJson(body);
  }
}

function isStream(v: object): boolean {
  return typeof (v as { pipe?: unknown }).pipe === 'function';
}

/**
 * What a request log line shows of the URL: the route pattern (/api/subjects/:id), never the query
 * string; for a request no route matched, the path with every segment that is not a word of a route
 * replaced by `:?` (so names, document numbers and tokens in paths stay out of the logs).
 */
export function loggedUrl(req: FastifyRequest, routeWords: ReadonlySet<string>): string {
  const pattern = req.routeOptions?.url;
  if (pattern) return pattern;
  const path = (req.url ?? '').split(/[?#]/)[0] ?? '';
  return path
    .split('/')
    .map((seg) => (seg === '' || routeWords.has(seg) ? seg : ':?'))
    .join('/');
}

/** The static words of a route pattern (its segments that are not parameters), for `loggedUrl`. */
export function wordsOf(url: string): string[] {
  return url.split('/').filter((seg) => seg !== '' && !seg.includes(':') && !seg.includes('*'));
}

/** Error text without the values it quotes (database errors quote the input: names, numbers, tokens). */
export function scrubbed(text: string): string {
  return text.replace(/"[^"\n]*"|'[^'\n]*'|=\([^)\n]*\)/g, (m) => (m.startsWith('=') ? '=(…)' : `${m[0]}…${m[0]}`));
}

/**
 * How errors are logged: type, code, message and stack with quoted values removed, and nothing else
 * (a database error's detail, query and parameters hold the input).
 */
export function logErr(err: unknown): { [key: string]: unknown; type: string; message: string; stack: string } {
  if (err === null || typeof err !== 'object') return { type: typeof err, message: scrubbed(String(err)), stack: '' };
  const e = err as { name?: unknown; code?: unknown; message?: unknown; stack?: unknown };
  return {
    type: typeof e.name === 'string' ? e.name : 'Error',
    ...(typeof e.code === 'string' || typeof e.code === 'number' ? { code: e.code } : {}),
    message: scrubbed(String(e.message ?? '')),
    stack: typeof e.stack === 'string' ? scrubbed(e.stack) : '',
  };
}
