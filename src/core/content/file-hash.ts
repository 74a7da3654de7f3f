/**
 * Hashes of an uploaded file: MD5 and SHA-256 of the bytes (any file, videos included) and, for an
 * image, its PDQ hash and quality from the full-resolution raster.
 */
import { createHash } from 'node:crypto';
import { decodeImage, type DecodeOptions } from './decode.ts';
import { pdqHash } from './pdq.ts';

/** Cryptographic digests of a file's bytes, lower-case hex. */
export interface FileDigests {
  md5: string;
  sha256: string;
}

/** Everything Vigil records about an image: PDQ (hex, 64 characters), quality 0..100, digests. */
export interface ImageHashes extends FileDigests {
  pdq: string;
  quality: number;
  width: number;
  height: number;
  format: string;
}

/** Streaming digests: feed chunks with update(), then digest(). */
export function digestStream(): { update(chunk: Uint8Array): void; digest(): FileDigests } {
  const md5 = createHash('md5');
  const sha256 = createHash('sha256');
  return {
    update(chunk) {
      md5.update(chunk);
      sha256.update(chunk);
    },
    digest: () => ({ md5: md5.digest('hex'), sha256: sha256.digest('hex') }),
  };
}

const ISO_IMAGE_BRANDS = new Set(['avif', 'avis', 'heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1']);

/**
 * Container of a video file from its first bytes (MP4/MOV/3GP, Matroska/WebM, AVI, FLV, MPEG, ASF),
 * or null. Vigil stores only file digests for videos.
 */
export function detectVideo(head: Uint8Array): string | null {
  const ascii = (a: number, b: number) => String.fromCharCode(...head.subarray(a, b));
  if (head.length >= 12 && ascii(4, 8) === 'ftyp') return ISO_IMAGE_BRANDS.has(ascii(8, 12)) ? null : 'mp4';
  if (head.length >= 4 && head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3) return 'matroska';
  if (head.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'AVI ') return 'avi';
  if (head.length >= 3 && ascii(0, 3) === 'FLV') return 'flv';
  if (head.length >= 4 && head[0] === 0 && head[1] === 0 && head[2] === 1 && (head[3] === 0xba || head[3] === 0xb3)) return 'mpeg';
  if (head.length >= 4 && head[0] === 0x30 && head[1] === 0x26 && head[2] === 0xb2 && head[3] === 0x75) return 'asf';
  if (head.length >= 189 && head[0] === 0x47 && head[188] === 0x47) return 'mpeg-ts';
  return null;
}

/** MD5 and SHA-256 of a buffer. */
export function fileDigests(buffer: Uint8Array): FileDigests {
  return {
    md5: createHash('md5').update(buffer).digest('hex'),
    sha256: createHash('sha256').update(buffer).digest('hex'),
  };
}

/**
 * Decodes an image buffer (JPEG, PNG, WebP, GIF, TIFF, AVIF/HEIF) and returns its PDQ hash, quality
 * and file digests. Throws UnsupportedImageError (from decode.ts) for anything that is not an image.
 */
export async function hashImageBuffer(buffer: Uint8Array, opts: DecodeOptions = {}): Promise<ImageHashes> {
  const img = await decodeImage(buffer, opts);
  const { hex, quality } = pdqHash(img);
  return { pdq: hex, quality, ...fileDigests(buffer), width: img.width, height: img.height, format: img.format };
}
