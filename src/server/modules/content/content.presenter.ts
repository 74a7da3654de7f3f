/** Wire pieces every content presenter shares. */
import { z } from 'zod';

/** A timestamp on the wire (ISO 8601, as JSON renders a Date). */
export const isoWire = z.string();
export function iso(d: Date | string): string;
export function iso(d: Date | string | null): string | null;
export function iso(d: Date | string | null): string | null {
  if (d === null) return null;
  return d instanceof Date ? d.toISOString() : d;
}

export { okWire } from '../../platform/markings.presenter.ts';
export const orgRefWire = z.object({ id: z.string(), name: z.string() });
export const providerRefWire = z.object({ id: z.string(), name: z.string(), country: z.string() });
/** Bytes of a file (a download, an image). */
export const fileWire = z.any().meta({ type: 'string', format: 'binary', description: 'The file' });
/** CSV text (a download). */
export const csvWire = z.string().describe('CSV text');
