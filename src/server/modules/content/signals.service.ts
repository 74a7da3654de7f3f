/**
 * Signals of an upload (PDQ for images, MD5 and SHA-256 for every file) and lookups against the
 * hash banks, in the spirit of Meta's Hasher-Matcher-Actioner.
 */
import sharp from 'sharp';
import { z } from 'zod';
import { checkImageSize, detectVideo, fileDigests, hammingHex, hashImageBuffer, ImageTooLargeError, UnsupportedImageError } from '../../../core/content/index.ts';
import { canReadBank } from '../../../core/access/policy.ts';
import type { Ctx } from '../../platform/context.ts';
import { passDoor } from '../../platform/door.ts';
import { AppError, invalid } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import type { Match, UploadSignals } from './banks.presenter.ts';
import { entriesByDigest, entriesByIds } from './banks.repository.ts';
import { contentRuntime } from './content.jobs.ts';
import { bankRowMarkings, MIN_QUALITY, MODULE, requirePermission } from './content.rules.ts';
import type { BankInfo, BankReadable, ContentMatcher } from './matcher.ts';

const hex = (n: number, what: string) => z.string().trim().toLowerCase().regex(new RegExp(`^[0-9a-f]{${n}}$`), `${what}: expected ${n} hex characters`);
export const pdqHex = hex(64, 'PDQ hash');
export const md5Hex = hex(32, 'MD5');
export const sha256Hex = hex(64, 'SHA-256');

export const lookupInput = z
  .object({
    pdq: pdqHex.optional(),
    md5: md5Hex.optional(),
    sha256: sha256Hex.optional(),
    maxDistance: z.number().int().min(0).max(128).optional(),
  })
  .refine((v) => v.pdq || v.md5 || v.sha256, { message: 'give at least one signal: pdq, md5 or sha256', path: ['pdq'] });
export type LookupInput = z.infer<typeof lookupInput>;

/** OpenAPI descriptions of raw bodies (checked by the services, after the access check). */
export const rawBody = z.any().meta({ type: 'string', format: 'binary', description: 'The raw file bytes' });
export const csvBody = z.any().meta({ type: 'string', description: 'CSV text: a header with "hash" (PDQ, 64 hex), optional "label", "source", "quality" (0..100)' });

export const hashQuery = z.object({ match: z.enum(['true', 'false']).default('true') });

/**
 * At most this many uploads are decoded and hashed at once per process (CPU and memory); others wait
 * their turn. Decoding runs on libvips' threads (sharp's threadpool), never on the request thread; with
 * the pixel limit (VIGIL_IMAGE_MAX_PIXELS) this bounds the memory images can take.
 */
const MAX_HASHING = 2;
let hashing = 0;
const waiting: Array<() => void> = [];

/** The 413 for an image over the pixel limit (a decompression bomb declares one). */
export function tooManyPixels(e: ImageTooLargeError): AppError {
  return new AppError('PAYLOAD_TOO_LARGE', `${e.message} Send a smaller image (the limit is the VIGIL_IMAGE_MAX_PIXELS setting).`, 'body');
}

/**
 * Reads an image's header and refuses it, before any pixel is decoded, when it declares more than
 * `maxPixels` (413). Other errors are left to the caller's own decoding.
 */
export async function refuseOversized(body: Buffer, maxPixels: number): Promise<void> {
  try {
    await checkImageSize(body, maxPixels);
  } catch (e) {
    if (e instanceof ImageTooLargeError) throw tooManyPixels(e);
  }
}

export async function withHashSlot<T>(f: () => Promise<T>): Promise<T> {
  if (hashing >= MAX_HASHING) await new Promise<void>((resolve) => waiting.push(resolve));
  else hashing++;
  try {
    return await f();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else hashing--;
  }
}

/** Hashes an uploaded file. Anything that is not a whole image of at least 5×5 pixels, or a video, is a clear 400. */
export async function hashUpload(body: unknown, maxPixels: number): Promise<UploadSignals> {
  if (!Buffer.isBuffer(body) || body.length === 0) throw invalid('Send the file as the request body (content-type application/octet-stream).', 'body');
  return withHashSlot(() => hashBuffer(body, maxPixels));
}

async function hashBuffer(body: Buffer, maxPixels: number): Promise<UploadSignals> {
  const video = detectVideo(body.subarray(0, 256));
  if (video) return { kind: 'video', format: video, width: null, height: null, pdq: null, quality: null, lowQuality: false, ...fileDigests(body) };
  await refuseOversized(body, maxPixels);
  try {
    // The reference hasher reads what it can of a truncated file; a server must not bank or match half an image.
    await sharp(body, { failOn: 'truncated', limitInputPixels: maxPixels }).resize(8, 8, { fastShrinkOnLoad: true }).raw().toBuffer();
  } catch (e) {
    const msg = (e as Error).message;
    if (/exceeds pixel limit/i.test(msg)) throw new AppError('PAYLOAD_TOO_LARGE', `The image is larger than ${maxPixels.toLocaleString('en')} pixels (the VIGIL_IMAGE_MAX_PIXELS setting).`, 'body');
    if (/premature|truncat|read error|end of/i.test(msg)) throw invalid(`The image is truncated or corrupt (${msg.slice(0, 120)}).`, 'body');
    throw invalid('The file is not an image or video Vigil can read (JPEG, PNG, WebP, GIF, TIFF, AVIF/HEIF, BMP; MP4, WebM, AVI, …).', 'body');
  }
  let h;
  try {
    h = await hashImageBuffer(body, { maxPixels });
  } catch (e) {
    if (e instanceof ImageTooLargeError) throw tooManyPixels(e);
    if (e instanceof UnsupportedImageError) throw invalid(`The file is not an image Vigil can hash: ${e.message.slice(0, 160)}`, 'body');
    throw e;
  }
  if (h.width < 5 || h.height < 5) {
    throw invalid(`The image is ${h.width}×${h.height} pixels: under 5 pixels on a side PDQ gives no hash (quality 0).`, 'body');
  }
  return { kind: 'image', format: h.format, width: h.width, height: h.height, pdq: h.pdq, quality: h.quality, lowQuality: h.quality < MIN_QUALITY, md5: h.md5, sha256: h.sha256 };
}

/** The policy's bank rule for the caller, as the matcher asks it. */
function readableBanks(p: Platform, ctx: Ctx): BankReadable {
  const pctx = { now: ctx.now, graceDays: p.config.retentionGraceDays };
  return (b: BankInfo) => canReadBank(ctx.actor, b, pctx);
}

/**
 * Bank entries matching the signals, nearest first: PDQ within each bank's threshold, digests exactly.
 * Only banks the caller may read are searched (the policy's bank rule), so an entry of a bank the caller
 * may not read never matches: no id, label, bank name or distance of it comes back. Not audited here:
 * `releaseMatches` passes the result through the read door.
 */
export async function matchSignals(p: Platform, m: ContentMatcher, ctx: Ctx, s: { pdq?: string | null; md5?: string | null; sha256?: string | null; maxDistance?: number | undefined }): Promise<Match[]> {
  await m.refreshIfStale();
  const readable = readableBanks(p, ctx);
  const found = new Map<string, { bankId: string; type: Match['signalType']; distance: number }>();
  if (s.pdq) {
    for (const h of m.query(s.pdq, readable, s.maxDistance)) found.set(h.entryId, { bankId: h.bankId, type: 'pdq', distance: h.distance });
  }
  for (const type of ['sha256', 'md5'] as const) {
    const v = s[type];
    if (!v) continue;
    const rows = await entriesByDigest(p.db, type, v);
    for (const r of rows) if (m.matchable(r.bank_id, readable) && !found.has(r.id)) found.set(r.id, { bankId: r.bank_id, type, distance: 0 });
  }
  if (found.size === 0) return [];
  const ids = [...found.keys()].slice(0, 1000);
  const rows = await entriesByIds(p.db, ids);
  const out: Match[] = [];
  for (const r of rows) {
    const f = found.get(r.id)!;
    const bank = m.banks.get(f.bankId);
    if (!bank) continue;
    out.push({ bankId: bank.id, bankName: bank.name, entryId: r.id, label: r.label, source: r.source, signalType: f.type, distance: f.type === 'pdq' && r.pdq && s.pdq ? hammingHex(r.pdq, s.pdq) : f.distance, threshold: bank.threshold });
  }
  return out.sort((a, b) => a.distance - b.distance || a.bankName.localeCompare(b.bankName) || a.entryId.localeCompare(b.entryId));
}

/**
 * Matches leave through the read door: the banks they belong to pass the policy (one audit event naming
 * the released banks as recordIds, the matched entries in `matches`); a match in a bank the door does not
 * release is dropped.
 */
async function releaseMatches(p: Platform, m: ContentMatcher, ctx: Ctx, matches: Match[], action: 'content.hash' | 'content.lookup', details: Record<string, unknown>): Promise<Match[]> {
  const banks = [...new Set(matches.map((x) => x.bankId))].map((id) => m.banks.get(id)).filter((b): b is BankInfo => !!b);
  const readable = readableBanks(p, ctx);
  const kept = matches.filter((x) => { const b = m.banks.get(x.bankId); return !!b && readable(b); });
  const { full } = await passDoor(p, ctx, {
    module: MODULE,
    recordType: 'content_bank',
    action,
    rows: banks,
    markings: (b) => bankRowMarkings({ id: b.id, owner_org_id: b.ownerOrgId, tlp: b.tlp }),
    details: { ...details, matches: kept.map((x) => x.entryId) },
  });
  const released = new Set(full.map((b) => b.id));
  return kept.filter((x) => released.has(x.bankId));
}

/** POST /api/content/hash: the signals of an upload and, unless match=false, its matches. */
export async function hashAndMatch(p: Platform, ctx: Ctx, body: unknown, match: boolean) {
  requirePermission(ctx, 'read', 'hash content');
  const m = contentRuntime(p).matcher;
  const signals = await hashUpload(body, p.config.imageMaxPixels);
  const found = match && !signals.lowQuality ? await matchSignals(p, m, ctx, signals) : match ? await matchSignals(p, m, ctx, { ...signals, pdq: null }) : [];
  const matches = await releaseMatches(p, m, ctx, found, 'content.hash', { sha256: signals.sha256, kind: signals.kind, quality: signals.quality });
  return { signals, matches, ...(signals.lowQuality ? { warning: `PDQ quality ${signals.quality} is below ${MIN_QUALITY}: the hash is not matched.` } : {}) };
}

/** POST /api/content/lookup: bank entries matching given hashes. */
export async function lookup(p: Platform, ctx: Ctx, input: LookupInput) {
  requirePermission(ctx, 'read', 'look up hashes');
  const m = contentRuntime(p).matcher;
  const found = await matchSignals(p, m, ctx, input);
  const matches = await releaseMatches(p, m, ctx, found, 'content.lookup', { signals: Object.keys(input).filter((k) => k !== 'maxDistance') });
  return { matches };
}
