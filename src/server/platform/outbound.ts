/**
 * The one door for outbound HTTP requests (content webhooks, federation pulls, anything that fetches).
 *
 * Rules:
 * - Only http(s) URLs without credentials.
 * - The host is resolved ONCE (dns.lookup all:true); every address must be allowed, and the connection
 *   goes to the checked address (no DNS rebinding between check and connect).
 * - Loopback, private (10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7), link-local (169.254/16,
 *   fe80::/10), cloud metadata (169.254.169.254, fd00:ec2::254), unspecified, multicast and reserved
 *   addresses are refused unless the host name or a CIDR covering the address is in VIGIL_OUTBOUND_ALLOW.
 * - A request that carries a secret (bearer token, signature) is sent only over https, except to a
 *   loopback address that is explicitly allow-listed (local relays and tests).
 * - Redirects are followed at most `maxRedirects` times, each hop checked like the first; a secret
 *   header is never carried to another origin (such a redirect is refused).
 * - The response body is read up to `maxBytes`; a larger answer is an error.
 */
import { lookup } from 'node:dns/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';

/** Why an address is not public. */
export type AddressClass = 'public' | 'loopback' | 'private' | 'link-local' | 'metadata' | 'unspecified' | 'multicast' | 'reserved';

export class OutboundRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutboundRefused';
  }
}

/**
 * Parses an IPv4 address in any form inet_aton accepts (what resolvers and URL parsers accept):
 * 1 to 4 parts, each decimal, octal (leading 0) or hex (0x); the last part fills the remaining bytes.
 * Returns the 32-bit value, or undefined when it is not such a form.
 */
export function parseIPv4Loose(s: string): number | undefined {
  const parts = s.split('.');
  if (parts.length < 1 || parts.length > 4) return undefined;
  const nums: number[] = [];
  for (const p of parts) {
    let n: number;
    if (/^0x[0-9a-f]*$/i.test(p)) n = p.length === 2 ? 0 : parseInt(p.slice(2), 16);
    else if (/^0[0-7]+$/.test(p)) n = parseInt(p.slice(1), 8);
    else if (/^(0|[1-9]\d*)$/.test(p)) n = Number(p);
    else return undefined;
    if (!Number.isSafeInteger(n)) return undefined;
    nums.push(n);
  }
  const last = nums.pop()!;
  for (const n of nums) if (n > 255) return undefined;
  if (last >= 2 ** (8 * (4 - nums.length))) return undefined;
  let v = 0;
  for (const n of nums) v = v * 256 + n;
  return v * 2 ** (8 * (4 - nums.length)) + last;
}

const v4 = (a: number, b: number, c: number, d: number) => ((a * 256 + b) * 256 + c) * 256 + d;
const inV4 = (ip: number, base: number, bits: number) => bits === 0 || Math.floor(ip / 2 ** (32 - bits)) === Math.floor(base / 2 ** (32 - bits));

function classifyV4(ip: number): AddressClass {
  if (ip === v4(169, 254, 169, 254)) return 'metadata';
  if (inV4(ip, 0, 8)) return 'unspecified';
  if (inV4(ip, v4(127, 0, 0, 0), 8)) return 'loopback';
  if (inV4(ip, v4(10, 0, 0, 0), 8) || inV4(ip, v4(172, 16, 0, 0), 12) || inV4(ip, v4(192, 168, 0, 0), 16) || inV4(ip, v4(100, 64, 0, 0), 10)) return 'private';
  if (inV4(ip, v4(169, 254, 0, 0), 16)) return 'link-local';
  if (inV4(ip, v4(224, 0, 0, 0), 4)) return 'multicast';
  if (inV4(ip, v4(240, 0, 0, 0), 4) || inV4(ip, v4(192, 0, 0, 0), 24) || inV4(ip, v4(198, 18, 0, 0), 15)) return 'reserved';
  return 'public';
}

/** Expands an IPv6 address (any textual form, with an optional embedded IPv4 tail) to 8 16-bit groups. */
export function parseIPv6(s: string): number[] | undefined {
  let t = s.replace(/^\[|\]$/g, '').replace(/%.*$/, '').toLowerCase();
  if (isIP(t) !== 6) return undefined;
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(t);
  if (tail) {
    const n = parseIPv4Loose(tail[1]!)!;
    t = `${t.slice(0, -tail[1]!.length)}${Math.floor(n / 65536).toString(16)}:${(n % 65536).toString(16)}`;
  }
  const [head, rest] = t.split('::') as [string, string | undefined];
  const a = head ? head.split(':') : [];
  const b = rest !== undefined && rest !== '' ? rest.split(':') : [];
  const fill = rest !== undefined ? 8 - a.length - b.length : 0;
  const groups = [...a, ...Array<string>(fill).fill('0'), ...b].map((g) => parseInt(g, 16));
  return groups.length === 8 ? groups : undefined;
}

function classifyV6(g: number[]): AddressClass {
  const [g0, g1, g2, g3, g4, g5, g6, g7] = g as [number, number, number, number, number, number, number, number];
  const zeroTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeroTo(8)) return 'unspecified';
  if (zeroTo(7) && g7 === 1) return 'loopback';
  // IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d), IPv4-translated (::ffff:0:a.b.c.d), NAT64 (64:ff9b::/96): the IPv4 address decides.
  const tailV4 = g6 * 65536 + g7;
  if ((zeroTo(5) && g5 === 0xffff) || zeroTo(6) || (zeroTo(4) && g4 === 0xffff && g5 === 0) || (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0)) {
    return classifyV4(tailV4);
  }
  // 6to4 (2002::/16) embeds an IPv4 address in groups 1-2.
  if (g0 === 0x2002) {
    const c = classifyV4(g1 * 65536 + g2);
    if (c !== 'public') return c;
  }
  if (g0 === 0xfd00 && g1 === 0x0ec2 && zeroTo(0) && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0 && g6 === 0 && g7 === 0x254) return 'metadata';
  if ((g0 & 0xfe00) === 0xfc00) return 'private';
  if ((g0 & 0xffc0) === 0xfe80) return 'link-local';
  if ((g0 & 0xffc0) === 0xfec0) return 'private'; // deprecated site-local
  if ((g0 & 0xff00) === 0xff00) return 'multicast';
  if (g0 === 0x2001 && g1 === 0x0db8) return 'reserved'; // documentation
  return 'public';
}

/** Classifies an address literal (IPv4 in any inet_aton form, IPv6, IPv4-mapped IPv6); undefined when not an address. */
export function classifyAddress(address: string): AddressClass | undefined {
  const s = address.trim();
  if (s.includes(':')) {
    const g = parseIPv6(s);
    return g ? classifyV6(g) : undefined;
  }
  const n = parseIPv4Loose(s);
  return n === undefined ? undefined : classifyV4(n);
}

/** The allow-list of VIGIL_OUTBOUND_ALLOW: host names (exact, case-insensitive) and IP addresses or CIDR ranges. */
export interface OutboundAllow {
  hosts: Set<string>;
  ranges: Array<{ v6: boolean; bits: number; addr: number[] }>;
}

/** 16 bytes for any address (IPv4 as IPv4-mapped IPv6), for CIDR comparisons. */
function bytesOf(address: string): number[] | undefined {
  if (!address.includes(':')) {
    const n = parseIPv4Loose(address);
    if (n === undefined) return undefined;
    return [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, (n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
  }
  const g = parseIPv6(address);
  return g?.flatMap((x) => [x >> 8, x & 255]);
}

/** Parses VIGIL_OUTBOUND_ALLOW ("127.0.0.1,10.0.0.0/8,partner.example"); a wrong entry stops the start with its text. */
export function parseOutboundAllow(value: string | undefined): OutboundAllow {
  const out: OutboundAllow = { hosts: new Set(), ranges: [] };
  for (const raw of (value ?? '').split(',').map((x) => x.trim()).filter(Boolean)) {
    const [addr, bitsText] = raw.split('/') as [string, string | undefined];
    const bytes = classifyAddress(addr) !== undefined && isIP(addr.replace(/^\[|\]$/g, '')) ? bytesOf(addr.replace(/^\[|\]$/g, '')) : undefined;
    if (bytes) {
      const v6 = addr.includes(':');
      const max = v6 ? 128 : 32;
      const bits = bitsText === undefined ? max : Number(bitsText);
      if (!Number.isInteger(bits) || bits < 0 || bits > max) throw new Error(`VIGIL_OUTBOUND_ALLOW: "${raw}" has a wrong prefix length`);
      out.ranges.push({ v6, bits: v6 ? bits : bits + 96, addr: bytes });
    } else if (bitsText === undefined && /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i.test(raw)) {
      out.hosts.add(raw.toLowerCase());
    } else {
      throw new Error(`VIGIL_OUTBOUND_ALLOW: "${raw}" is not a host name, an IP address or a CIDR range`);
    }
  }
  return out;
}

function inRange(bytes: number[], r: { bits: number; addr: number[] }): boolean {
  for (let i = 0; i < 16; i++) {
    const left = r.bits - i * 8;
    if (left <= 0) return true;
    const mask = left >= 8 ? 255 : (0xff << (8 - left)) & 255;
    if ((bytes[i]! & mask) !== (r.addr[i]! & mask)) return false;
  }
  return true;
}

/** Whether an address is explicitly allowed by a CIDR (or single address) of the allow-list. */
export function addressAllowed(allow: OutboundAllow, address: string): boolean {
  const b = bytesOf(address);
  return !!b && allow.ranges.some((r) => inRange(b, r));
}

export interface CheckedTarget {
  url: URL;
  /** The checked address the connection goes to. */
  address: string;
  family: 4 | 6;
  /** Every resolved address is a loopback address that the allow-list names (or the host is allow-listed and loopback). */
  allowedLoopback: boolean;
}

/**
 * Checks a URL: scheme, credentials, resolution (once) and every address against the rules.
 * `secret`: the request would carry a token or a signature (https only, except allow-listed loopback).
 */
export async function checkTarget(raw: string | URL, allow: OutboundAllow, opts: { secret?: boolean; resolve?: typeof lookup } = {}): Promise<CheckedTarget> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new OutboundRefused('is not a valid URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new OutboundRefused(`uses ${url.protocol} (only https and http are allowed)`);
  if (url.username || url.password) throw new OutboundRefused('contains credentials (put no user name or password in the URL)');
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const hostAllowed = allow.hosts.has(host);
  let addrs: Array<{ address: string; family: number }>;
  if (isIP(host)) addrs = [{ address: host, family: isIP(host) }];
  else {
    try {
      addrs = await (opts.resolve ?? lookup)(host, { all: true, verbatim: true });
    } catch (e) {
      throw new OutboundRefused(`host ${host} cannot be resolved (${(e as NodeJS.ErrnoException).code ?? 'DNS error'})`);
    }
    if (addrs.length === 0) throw new OutboundRefused(`host ${host} has no address`);
  }
  let loopback = true;
  for (const a of addrs) {
    const cls = classifyAddress(a.address) ?? 'reserved';
    if (cls !== 'loopback') loopback = false;
    if (cls !== 'public' && !hostAllowed && !addressAllowed(allow, a.address)) {
      throw new OutboundRefused(
        `${host === a.address ? host : `${host} resolves to ${a.address}, which`} is a ${cls} address; outbound requests go there only when an administrator allows it (VIGIL_OUTBOUND_ALLOW)`,
      );
    }
  }
  const allowedLoopback = loopback;
  if (opts.secret && url.protocol !== 'https:' && !allowedLoopback) {
    throw new OutboundRefused('uses plain http; a token or signing secret is sent only over https (http only to an allow-listed loopback address)');
  }
  const first = addrs[0]!;
  return { url, address: first.address, family: first.family === 6 ? 6 : 4, allowedLoopback };
}

export interface OutboundRequest {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** The request carries a token or signature (https only; never carried across origins). */
  secret?: boolean;
  /** Largest response body read, in bytes. */
  maxBytes: number;
  timeoutMs: number;
  signal?: AbortSignal;
  /** Redirect hops followed (each checked); 0 answers the 3xx itself. */
  maxRedirects?: number;
  /** The resolver (tests); dns.lookup by default. */
  resolve?: typeof lookup;
}

export interface OutboundResponse {
  status: number;
  headers: Headers;
  body: Buffer;
  text(): string;
}

/** Sends one request through the rules above (see the file header). Errors say why, in words for the administrator. */
export async function outboundFetch(allow: OutboundAllow, raw: string | URL, req: OutboundRequest): Promise<OutboundResponse> {
  let target = await checkTarget(raw, allow, { secret: req.secret, resolve: req.resolve });
  const origin = target.url.origin;
  for (let hop = 0; ; hop++) {
    const res = await sendOnce(target, req);
    const location = res.status >= 300 && res.status < 400 ? res.headers.get('location') : null;
    if (!location || hop >= (req.maxRedirects ?? 0)) return res;
    const next = new URL(location, target.url);
    if (req.secret && next.origin !== origin) throw new OutboundRefused(`redirects to another origin (${next.origin}); a request with a token or signature is not carried there`);
    target = await checkTarget(next, allow, { secret: req.secret, resolve: req.resolve });
  }
}

function sendOnce(t: CheckedTarget, req: OutboundRequest): Promise<OutboundResponse> {
  return new Promise((resolve, reject) => {
    const ctl = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      ctl.abort();
    }, req.timeoutMs);
    const onAbort = () => ctl.abort();
    req.signal?.addEventListener('abort', onAbort, { once: true });
    const done = () => {
      clearTimeout(timer);
      req.signal?.removeEventListener('abort', onAbort);
    };
    const fail = (e: Error) => {
      done();
      reject(timedOut ? Object.assign(new Error(`timed out after ${req.timeoutMs} ms`), { name: 'TimeoutError' }) : e);
    };
    const send = t.url.protocol === 'https:' ? httpsRequest : httpRequest;
    const body = req.body === undefined ? undefined : Buffer.from(req.body);
    const r = send(
      t.url,
      {
        method: req.method ?? 'GET',
        headers: { ...req.headers, ...(body ? { 'content-length': String(body.length) } : {}) },
        signal: ctl.signal,
        // The connection goes to the address that was checked, never to a second resolution.
        lookup: ((_h: string, o: { all?: boolean }, cb: (...a: unknown[]) => void) => (o?.all ? cb(null, [{ address: t.address, family: t.family }]) : cb(null, t.address, t.family))) as never,
      },
      (res: IncomingMessage) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          size += c.length;
          if (size > req.maxBytes) {
            res.destroy();
            r.destroy();
            fail(new OutboundRefused(`the answer is larger than ${req.maxBytes} bytes`));
            return;
          }
          chunks.push(c);
        });
        res.on('error', fail);
        res.on('end', () => {
          if (size > req.maxBytes) return;
          done();
          const headers = new Headers();
          for (const [k, v] of Object.entries(res.headers)) {
            if (Array.isArray(v)) for (const x of v) headers.append(k, x);
            else if (v !== undefined) headers.set(k, v);
          }
          const buf = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, headers, body: buf, text: () => buf.toString('utf8') });
        });
      },
    );
    r.on('error', fail);
    r.end(body);
  });
}
