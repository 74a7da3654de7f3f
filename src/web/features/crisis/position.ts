/**
 * A unit's position as typed in a form: latitude and longitude together or neither, inside Belgium
 * (the server's own bounds, src/core/crisis/inputs.ts). Pure, so the forms and their test share it.
 */
import type { TFunction } from 'i18next';
import { BELGIUM } from '../../../core/crisis/inputs.ts';

export type Coordinate = number | string;
export interface PositionCheck {
  /** The position to send: {lat, lon}, or null for "not placed"; undefined while the fields are wrong. */
  value?: { lat: number; lon: number } | null;
  /** Messages beside the fields, in the user's language. */
  errors: { lat?: string; lon?: string };
}

const blank = (v: Coordinate) => v === '' || v === null || v === undefined;

/** Checks the two fields of a position. */
export function checkPosition(lat: Coordinate, lon: Coordinate, t: TFunction): PositionCheck {
  if (blank(lat) && blank(lon)) return { value: null, errors: {} };
  if (blank(lat) || blank(lon)) return { errors: { [blank(lat) ? 'lat' : 'lon']: t('crisis.position.both') } };
  const errors: PositionCheck['errors'] = {};
  const la = Number(lat);
  const lo = Number(lon);
  if (!Number.isFinite(la) || la < BELGIUM.lat.min || la > BELGIUM.lat.max) errors.lat = t('crisis.position.outsideLat', { min: BELGIUM.lat.min, max: BELGIUM.lat.max });
  if (!Number.isFinite(lo) || lo < BELGIUM.lon.min || lo > BELGIUM.lon.max) errors.lon = t('crisis.position.outsideLon', { min: BELGIUM.lon.min, max: BELGIUM.lon.max });
  return errors.lat || errors.lon ? { errors } : { value: { lat: la, lon: lo }, errors };
}

/** A position as text ("50.84660, 4.35280"). */
export function positionText(lat: number | null, lon: number | null): string | null {
  return lat === null || lon === null ? null : `${lat.toFixed(5)}, ${lon.toFixed(5)}`;
}
