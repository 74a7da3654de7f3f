/**
 * A small UN/EDIFACT tokenizer (pure): the UNA service string advice (component and element
 * separators, decimal mark, release character, segment terminator), the release character, and the
 * split into segments → elements → components, each segment numbered (UNB = 1; UNA is advice, not a
 * segment) with the line it starts on. Envelope checks: UNH…UNT pairs with a matching reference and
 * segment count. Hand-written on purpose: the npm `edifact` package is untyped CommonJS whose source
 * has not changed in years and ships definitions for trade messages only, and `ts-edifact` pulls in
 * an HTTP client and a compiler; the syntax needed here is a few dozen lines.
 */

export interface Segment {
  /** 1-based position in the interchange (UNB = 1). */
  n: number;
  /** 1-based line where the segment starts. */
  line: number;
  tag: string;
  /** Data elements after the tag, each a list of components (release characters removed). */
  elements: string[][];
}

/** A message that cannot be read: where (segment number, tag, element) and why. */
export class EdifactError extends Error {
  constructor(
    message: string,
    readonly segment: number,
    readonly tag: string,
    readonly line: number,
    readonly element?: number,
  ) {
    super(`segment ${segment} (${tag || '?'}${element !== undefined ? `, element ${element}` : ''}, line ${line}): ${message}`);
    this.name = 'EdifactError';
  }
}

export interface ServiceChars {
  component: string;
  element: string;
  decimal: string;
  release: string;
  terminator: string;
}

export const DEFAULT_SERVICE_CHARS: ServiceChars = { component: ':', element: '+', decimal: '.', release: '?', terminator: "'" };

/** Segments of an interchange. Line breaks between segments are ignored; inside a value they are dropped. */
export function tokenize(input: string): { chars: ServiceChars; segments: Segment[] } {
  let text = input.replace(/^\uFEFF/, '');
  let line = 1;
  let i = 0;
  const skipWs = () => {
    while (i < text.length && /\s/.test(text[i]!)) {
      if (text[i] === '\n') line++;
      i++;
    }
  };
  skipWs();
  let chars = DEFAULT_SERVICE_CHARS;
  if (text.startsWith('UNA', i)) {
    const s = text.slice(i + 3, i + 9);
    if (s.length < 6) throw new EdifactError('UNA service string advice needs six characters', 0, 'UNA', line);
    chars = { component: s[0]!, element: s[1]!, decimal: s[2]!, release: s[3]!, terminator: s[5]! };
    if (new Set([chars.component, chars.element, chars.release, chars.terminator]).size !== 4) throw new EdifactError('UNA service characters must differ', 0, 'UNA', line);
    i += 9;
  }
  text = text.slice(i);
  const segments: Segment[] = [];
  let elements: string[][] = [];
  let comps: string[] = [];
  let cur = '';
  let start = -1;
  let startLine = line;
  const tagOf = () => (elements.length ? elements[0]![0] ?? '' : cur);
  for (let k = 0; k < text.length; k++) {
    const c = text[k]!;
    if (c === '\n') line++;
    if (start < 0) {
      if (/\s/.test(c)) continue;
      start = k;
      startLine = line;
    }
    if (c === chars.release) {
      k++;
      if (k >= text.length) throw new EdifactError('release character at the end of the message', segments.length + 1, tagOf(), startLine);
      if (text[k] === '\n') line++;
      cur += text[k];
    } else if (c === chars.component) {
      comps.push(cur);
      cur = '';
    } else if (c === chars.element) {
      comps.push(cur);
      elements.push(comps);
      comps = [];
      cur = '';
    } else if (c === chars.terminator) {
      comps.push(cur);
      elements.push(comps);
      const n = segments.length + 1;
      const tag = elements[0]!.join(chars.component);
      if (!/^[A-Z][A-Z0-9]{2}$/.test(tag)) throw new EdifactError(`"${tag.slice(0, 20)}" is not a segment tag`, n, tag.slice(0, 3), startLine);
      segments.push({ n, line: startLine, tag, elements: elements.slice(1) });
      elements = [];
      comps = [];
      cur = '';
      start = -1;
    } else if (c !== '\r' && c !== '\n') cur += c;
  }
  if (start >= 0) throw new EdifactError('segment without its terminator (message cut off?)', segments.length + 1, tagOf().slice(0, 3), startLine);
  return { chars, segments };
}

/** Component `c` (0-based) of element `e` (1-based, as guides count them), or ''. */
export function el(s: Segment, e: number, c = 0): string {
  return s.elements[e - 1]?.[c]?.trim() ?? '';
}

export interface Message {
  /** UNH message type (PAXLST, PNRGOV). */
  type: string;
  reference: string;
  /** Segments from UNH to UNT inclusive. */
  segments: Segment[];
}

/** The messages of an interchange, with the UNB…UNZ and UNH…UNT envelopes checked. */
export function messagesOf(segments: Segment[]): { interchangeRef: string; messages: Message[] } {
  if (!segments.length) throw new EdifactError('no segments', 1, '', 1);
  const first = segments[0]!;
  if (first.tag !== 'UNB') throw new EdifactError('an interchange starts with UNB', first.n, first.tag, first.line);
  const interchangeRef = el(first, 5);
  const messages: Message[] = [];
  let open: Message | null = null;
  let last = first;
  for (const s of segments.slice(1)) {
    last = s;
    if (s.tag === 'UNH') {
      if (open) throw new EdifactError(`message ${open.reference} has no UNT before the next UNH`, s.n, s.tag, s.line);
      const type = el(s, 2, 0);
      if (!el(s, 1)) throw new EdifactError('UNH without a message reference', s.n, s.tag, s.line, 1);
      if (!type) throw new EdifactError('UNH without a message type', s.n, s.tag, s.line, 2);
      open = { type, reference: el(s, 1), segments: [s] };
    } else if (s.tag === 'UNT') {
      if (!open) throw new EdifactError('UNT without UNH', s.n, s.tag, s.line);
      open.segments.push(s);
      const count = Number(el(s, 1));
      if (!Number.isInteger(count) || count !== open.segments.length) throw new EdifactError(`UNT counts ${el(s, 1) || 'nothing'} segments, the message has ${open.segments.length}`, s.n, s.tag, s.line, 1);
      if (el(s, 2) !== open.reference) throw new EdifactError(`UNT reference ${el(s, 2)} is not the UNH reference ${open.reference}`, s.n, s.tag, s.line, 2);
      messages.push(open);
      open = null;
    } else if (s.tag === 'UNZ') {
      if (open) throw new EdifactError(`message ${open.reference} has no UNT`, s.n, s.tag, s.line);
      if (Number(el(s, 1)) !== messages.length && !segments.some((g) => g.tag === 'UNG')) throw new EdifactError(`UNZ counts ${el(s, 1)} messages, the interchange has ${messages.length}`, s.n, s.tag, s.line, 1);
      if (el(s, 2) !== interchangeRef) throw new EdifactError(`UNZ reference ${el(s, 2)} is not the UNB reference ${interchangeRef}`, s.n, s.tag, s.line, 2);
      if (s !== segments[segments.length - 1]) throw new EdifactError('segments after UNZ', s.n + 1, segments[s.n]!.tag, segments[s.n]!.line);
      return { interchangeRef, messages };
    } else if (open) open.segments.push(s);
    else if (s.tag !== 'UNG' && s.tag !== 'UNE') throw new EdifactError('segment outside a message (UNH…UNT)', s.n, s.tag, s.line);
  }
  throw new EdifactError('the interchange has no UNZ (message cut off?)', last.n, last.tag, last.line);
}
