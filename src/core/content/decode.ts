/**
 * Image file buffer → 8-bit RGB raster, with the bytes the PDQ reference hashes (measured on the
 * ThreatExchange conformance images: 47/47 decode byte-identically with sharp 0.35.5).
 *
 * Rules (see shared/data/SOURCES.md, pdq/):
 * - embedded ICC profiles are ignored (`ignoreIcc`), EXIF orientation is not applied;
 * - alpha is dropped, never blended (`removeAlpha()`); grey is expanded with `toColourspace('srgb')`;
 * - CMYK JPEG: raw CMYK, then R = round((255−C)(255−K)/255), G from M, B from Y;
 * - 16-bit images: floor(q / 257) of each 16-bit sample;
 * - truncated or slightly corrupt files still decode where libvips can (`failOn: 'none'`);
 * - a pixel limit (`maxPixels`, default DEFAULT_MAX_PIXELS): the header's declared size is checked
 *   before anything is decoded, and libvips enforces the same limit (`limitInputPixels`), so a
 *   decompression bomb (a tiny file declaring 50,000 × 50,000 pixels) is refused with
 *   ImageTooLargeError without allocating its raster. Decoding runs on libvips' own threads (sharp's
 *   threadpool), off the JavaScript thread; callers bound how many run at once.
 *
 * No file-system access here: buffer in, raster out.
 */
import sharp, { type Metadata } from 'sharp';
import type { RgbRaster } from './pdq.ts';

/** A decoded image: RGB, 3 bytes per pixel, row-major, plus the container format sharp detected. */
export interface DecodedImage extends RgbRaster {
  channels: 3;
  format: string;
}

/** Error for a buffer that is not a decodable image. */
export class UnsupportedImageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsupportedImageError';
  }
}

const BASE = { failOn: 'none', ignoreIcc: true, autoOrient: false } as const;

/** The default pixel limit (width × height of the first frame): 40 megapixels, a large phone photo. */
export const DEFAULT_MAX_PIXELS = 40_000_000;

/** Error for an image whose declared size is over the pixel limit (a server answers 413). */
export class ImageTooLargeError extends Error {
  constructor(
    readonly width: number,
    readonly height: number,
    readonly maxPixels: number,
  ) {
    super(`The image declares ${width} × ${height} pixels (${(width * height).toLocaleString('en')}); the limit is ${maxPixels.toLocaleString('en')} pixels.`);
    this.name = 'ImageTooLargeError';
  }
}

export interface DecodeOptions {
  /** Largest width × height accepted (default DEFAULT_MAX_PIXELS). */
  maxPixels?: number;
}

/**
 * Reads only the header and refuses an image over the pixel limit (ImageTooLargeError); returns the
 * metadata. Throws UnsupportedImageError when the header is not an image's.
 */
export async function checkImageSize(buffer: Uint8Array, maxPixels = DEFAULT_MAX_PIXELS): Promise<Metadata> {
  let meta: Metadata;
  try {
    // limitInputPixels: false here only: metadata reads the header, never the pixels.
    meta = await sharp(buffer, { ...BASE, limitInputPixels: false }).metadata();
  } catch (e) {
    throw new UnsupportedImageError(`not a decodable image: ${(e as Error).message}`);
  }
  const width = meta.width ?? 0;
  const height = meta.pageHeight ?? meta.height ?? 0;
  if (width * height > maxPixels) throw new ImageTooLargeError(width, height, maxPixels);
  return meta;
}

/** Formats this decoder accepts (still images; the first frame of an animated GIF or WebP). */
export const IMAGE_FORMATS: ReadonlySet<string> = new Set(['jpeg', 'png', 'webp', 'gif', 'tiff', 'avif', 'heif', 'bmp']);


/** Decodes an image file buffer to RGB exactly as the PDQ reference pipeline sees it. */
export async function decodeImage(buffer: Uint8Array, opts: DecodeOptions = {}): Promise<DecodedImage> {
  const maxPixels = opts.maxPixels ?? DEFAULT_MAX_PIXELS;
  const meta = await checkImageSize(buffer, maxPixels);
  const OPTIONS = { ...BASE, limitInputPixels: maxPixels } as const;
  const format = meta.format ?? 'unknown';
  if (!IMAGE_FORMATS.has(format)) throw new UnsupportedImageError(`unsupported image format: ${format}`);
  try {
    if (meta.space === 'cmyk') return await decodeCmyk(buffer, format, OPTIONS);
    if (meta.depth === 'ushort') return await decode16(buffer, format, meta, OPTIONS);
    const { data, info } = await sharp(buffer, OPTIONS)
      .removeAlpha()
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
    return toRgb(data, info.width, info.height, info.channels, format);
  } catch (e) {
    if (e instanceof UnsupportedImageError) throw e;
    if (/exceeds pixel limit/i.test((e as Error).message)) throw new ImageTooLargeError(meta.width ?? 0, meta.height ?? 0, maxPixels);
    throw new UnsupportedImageError(`cannot decode ${format} image: ${(e as Error).message}`);
  }
}

type SharpOptions = typeof BASE & { limitInputPixels: number };

async function decodeCmyk(buffer: Uint8Array, format: string, OPTIONS: SharpOptions): Promise<DecodedImage> {
  const { data, info } = await sharp(buffer, OPTIONS)
    .pipelineColourspace('cmyk') // no colour conversion: the stored CMYK samples as they are
    .toColourspace('cmyk')
    .raw().toBuffer({ resolveWithObject: true });
  if (info.channels < 4) throw new UnsupportedImageError(`CMYK image decoded with ${info.channels} channels`);
  const n = info.width * info.height;
  const out = new Uint8Array(n * 3);
  const ch = info.channels;
  for (let i = 0, p = 0, o = 0; i < n; i++, p += ch, o += 3) {
    const k = 255 - data[p + 3]!;
    out[o] = Math.round(((255 - data[p]!) * k) / 255);
    out[o + 1] = Math.round(((255 - data[p + 1]!) * k) / 255);
    out[o + 2] = Math.round(((255 - data[p + 2]!) * k) / 255);
  }
  return { data: out, width: info.width, height: info.height, channels: 3, format };
}

async function decode16(buffer: Uint8Array, format: string, meta: Metadata, OPTIONS: SharpOptions): Promise<DecodedImage> {
  const grey = meta.space === 'grey16' || meta.space === 'b-w' || (meta.channels ?? 3) <= 2;
  const { data, info } = await sharp(buffer, OPTIONS)
    .removeAlpha()
    .toColourspace(grey ? 'grey16' : 'rgb16')
    .raw({ depth: 'ushort' })
    .toBuffer({ resolveWithObject: true });
  const aligned = data.byteOffset % 2 === 0 ? data : Uint8Array.prototype.slice.call(data);
  const samples = new Uint16Array(aligned.buffer, aligned.byteOffset, aligned.byteLength >> 1);
  const eight = new Uint8Array(samples.length);
  for (let i = 0; i < samples.length; i++) eight[i] = Math.floor(samples[i]! / 257);
  return toRgb(eight, info.width, info.height, info.channels, format);
}

function toRgb(data: Uint8Array, width: number, height: number, channels: number, format: string): DecodedImage {
  const n = width * height;
  if (channels === 3) return { data: new Uint8Array(data.buffer, data.byteOffset, n * 3), width, height, channels: 3, format };
  const out = new Uint8Array(n * 3);
  if (channels === 1 || channels === 2) {
    for (let i = 0, p = 0, o = 0; i < n; i++, p += channels, o += 3) out[o] = out[o + 1] = out[o + 2] = data[p]!;
  } else {
    for (let i = 0, p = 0, o = 0; i < n; i++, p += channels, o += 3) {
      out[o] = data[p]!;
      out[o + 1] = data[p + 1]!;
      out[o + 2] = data[p + 2]!;
    }
  }
  return { data: out, width, height, channels: 3, format };
}
