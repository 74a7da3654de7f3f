/**
 * The CAP 1.2 alert as Vigil drafts it: one message with an info block per language (Dutch, French,
 * German, English), the area as polygons, circles or municipalities, and the checks every field passes
 * before approval (each problem names its field as a JSON path, e.g. `info.2.headline`).
 */
import { circleProblem, polygonProblem, type Circle, type LatLon } from './geometry.ts';
import { smsProblem } from './sms.ts';

export const CAP_LANGUAGES = ['nl-BE', 'fr-BE', 'de-DE', 'en-GB'] as const;
export type CapLanguage = (typeof CAP_LANGUAGES)[number];
export const CAP_STATUSES = ['Actual', 'Exercise'] as const;
export type CapStatus = (typeof CAP_STATUSES)[number];
export const CAP_MSG_TYPES = ['Alert', 'Update', 'Cancel'] as const;
export type CapMsgType = (typeof CAP_MSG_TYPES)[number];
export const CAP_CATEGORIES = ['Geo', 'Met', 'Safety', 'Security', 'Rescue', 'Fire', 'Health', 'Env', 'Transport', 'Infra', 'CBRNE', 'Other'] as const;
export const CAP_RESPONSE_TYPES = ['Shelter', 'Evacuate', 'Prepare', 'Execute', 'Avoid', 'Monitor', 'Assess', 'AllClear', 'None'] as const;
export const CAP_URGENCIES = ['Immediate', 'Expected', 'Future', 'Past', 'Unknown'] as const;
export const CAP_SEVERITIES = ['Extreme', 'Severe', 'Moderate', 'Minor', 'Unknown'] as const;
export const CAP_CERTAINTIES = ['Observed', 'Likely', 'Possible', 'Unlikely', 'Unknown'] as const;

/** Limits of the text fields (characters). */
export const CAP_LIMITS = { event: 100, headline: 160, description: 4000, instruction: 2000, areaDescription: 300, web: 500, contact: 300 } as const;
/** Longest an alert may stay in force before it must be renewed by an Update. */
export const MAX_VALID_HOURS = 7 * 24;
/** Municipalities one alert may name. */
export const MAX_MUNICIPALITIES = 60;
/** Vertices of one drawn polygon (cell-broadcast systems limit the polygon). */
export const MAX_POLYGON_POINTS = 100;

export interface CapInfo {
  language: CapLanguage;
  event: string;
  headline: string;
  description: string;
  instruction: string;
  /** The text sent by SMS / cell broadcast: one message. */
  sms: string;
}

export interface CapArea {
  description: string;
  polygons: LatLon[][];
  circles: Circle[];
  /** NIS codes of the chosen municipalities. */
  municipalities: string[];
}

/** What the drafter writes (the message's identity, sender and times are added at publication). */
export interface AlertContent {
  status: CapStatus;
  category: Array<(typeof CAP_CATEGORIES)[number]>;
  responseType: Array<(typeof CAP_RESPONSE_TYPES)[number]>;
  urgency: (typeof CAP_URGENCIES)[number];
  severity: (typeof CAP_SEVERITIES)[number];
  certainty: (typeof CAP_CERTAINTIES)[number];
  /** ISO instants. */
  onset: string | null;
  expires: string | null;
  web: string | null;
  contact: string | null;
  info: CapInfo[];
  area: CapArea;
}

export interface Problem {
  field: string;
  message: string;
}

// Characters XML 1.0 cannot carry (controls other than tab and newlines, lone surrogates, U+FFFE/F).
const BAD_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Shape problems of a drawn area, found when a draft is saved (the rest waits for submission). */
export function areaShapeProblems(area: CapArea): Problem[] {
  const out: Problem[] = [];
  area.polygons.forEach((ring, i) => {
    if (ring.length > MAX_POLYGON_POINTS) out.push({ field: `area.polygons.${i}`, message: `the polygon has ${ring.length} points; at most ${MAX_POLYGON_POINTS}` });
    const pr = polygonProblem(ring);
    if (pr) out.push({ field: `area.polygons.${i}`, message: pr });
  });
  area.circles.forEach((c, i) => {
    const pr = circleProblem(c);
    if (pr) out.push({ field: `area.circles.${i}${/radius/.test(pr) ? '.radiusKm' : ''}`, message: pr });
  });
  const seen = new Set<string>();
  area.municipalities.forEach((nis, i) => {
    if (seen.has(nis)) out.push({ field: `area.municipalities.${i}`, message: `municipality ${nis} is chosen twice` });
    seen.add(nis);
  });
  if (area.municipalities.length > MAX_MUNICIPALITIES) out.push({ field: 'area.municipalities', message: `${area.municipalities.length} municipalities; at most ${MAX_MUNICIPALITIES} (draw a polygon for a larger area)` });
  return out;
}

function text(out: Problem[], field: string, value: string, label: string, max: number, required: boolean): void {
  const v = value.trim();
  if (required && v.length === 0) out.push({ field, message: `${label} is required` });
  else if ([...value].length > max) out.push({ field, message: `${label} has ${[...value].length} characters; at most ${max}` });
  else if (BAD_XML_CHAR.test(value)) out.push({ field, message: `${label} holds a control character that an alert cannot carry` });
}

export interface CheckOptions {
  msgType: CapMsgType;
  now: Date;
  /** Whether a NIS code names a municipality of the shipped map. */
  knownMunicipality: (nis: string) => boolean;
}

/**
 * Every problem of an alert before approval, in field order, each naming its field. An empty list
 * means the message can be approved and published as valid CAP 1.2.
 */
export function checkAlert(c: AlertContent, o: CheckOptions): Problem[] {
  const out: Problem[] = [];
  const cancel = o.msgType === 'Cancel';
  if (c.category.length === 0) out.push({ field: 'category', message: 'choose at least one category' });
  if (!c.expires) out.push({ field: 'expires', message: 'the expiry time is required' });
  else {
    const exp = Date.parse(c.expires);
    if (Number.isNaN(exp)) out.push({ field: 'expires', message: 'the expiry time is not a date and time' });
    else if (exp <= o.now.getTime()) out.push({ field: 'expires', message: 'the expiry time has passed' });
    else if (exp - o.now.getTime() > MAX_VALID_HOURS * 3_600_000) out.push({ field: 'expires', message: `the expiry time is more than ${MAX_VALID_HOURS / 24} days ahead; renew the alert with an Update instead` });
    else if (c.onset && Date.parse(c.onset) >= exp) out.push({ field: 'onset', message: 'the onset must come before the expiry time' });
  }
  if (c.onset && Number.isNaN(Date.parse(c.onset))) out.push({ field: 'onset', message: 'the onset is not a date and time' });
  if (c.web !== null && c.web !== '') {
    if (!/^https?:\/\/[^\s<>"]+$/i.test(c.web)) out.push({ field: 'web', message: 'the web address must start with http:// or https:// and hold no spaces' });
    else text(out, 'web', c.web, 'the web address', CAP_LIMITS.web, false);
  }
  if (c.contact !== null) text(out, 'contact', c.contact, 'the contact', CAP_LIMITS.contact, false);

  const langs = c.info.map((i) => i.language);
  for (const l of CAP_LANGUAGES) if (!langs.includes(l)) out.push({ field: 'info', message: `the ${l} text is missing (an alert is written in ${CAP_LANGUAGES.join(', ')})` });
  c.info.forEach((info, i) => {
    if (langs.indexOf(info.language) !== i) out.push({ field: `info.${i}.language`, message: `${info.language} is written twice` });
    const f = (k: string) => `info.${i}.${k}`;
    text(out, f('event'), info.event, 'the event', CAP_LIMITS.event, true);
    text(out, f('headline'), info.headline, 'the headline', CAP_LIMITS.headline, true);
    text(out, f('description'), info.description, 'the description', CAP_LIMITS.description, !cancel);
    text(out, f('instruction'), info.instruction, 'the instruction', CAP_LIMITS.instruction, !cancel);
    if (info.sms.trim().length === 0) out.push({ field: f('sms'), message: 'the SMS text is required' });
    else {
      const sp = smsProblem(info.sms);
      if (sp) out.push({ field: f('sms'), message: sp });
    }
  });

  text(out, 'area.description', c.area.description, 'the area description', CAP_LIMITS.areaDescription, true);
  if (c.area.polygons.length + c.area.circles.length + c.area.municipalities.length === 0) {
    out.push({ field: 'area', message: 'the area is empty: draw a polygon or a circle, or choose municipalities' });
  }
  out.push(...areaShapeProblems(c.area));
  c.area.municipalities.forEach((nis, i) => {
    if (!o.knownMunicipality(nis)) out.push({ field: `area.municipalities.${i}`, message: `${nis} is not the NIS code of a Belgian municipality` });
  });
  return out;
}

/** One line naming every problem (the error message of a refused submission). */
export function problemsMessage(problems: readonly Problem[]): string {
  const first = problems[0]!;
  const rest = problems.length - 1;
  return `${first.field}: ${first.message}${rest > 0 ? ` (and ${rest} more: ${problems.slice(1, 4).map((p) => p.field).join(', ')}${rest > 3 ? ', …' : ''})` : ''}.`;
}

/** The languages in CAP order, whatever order the drafter wrote them in. */
export function orderedInfo(info: readonly CapInfo[]): CapInfo[] {
  return [...info].sort((a, b) => CAP_LANGUAGES.indexOf(a.language) - CAP_LANGUAGES.indexOf(b.language));
}

/** An empty alert in the four languages, for a new draft. */
export function emptyContent(status: CapStatus): AlertContent {
  return {
    status,
    category: ['Security'],
    responseType: [],
    urgency: 'Immediate',
    severity: 'Severe',
    certainty: 'Observed',
    onset: null,
    expires: null,
    web: null,
    contact: null,
    info: CAP_LANGUAGES.map((language) => ({ language, event: '', headline: '', description: '', instruction: '', sms: '' })),
    area: { description: '', polygons: [], circles: [], municipalities: [] },
  };
}
