/**
 * `vigil screen`: screens travellers (JSON Lines, or a PAXLST/PNRGOV passenger message) against watch
 * lists, and `vigil screen pairs` scores pairs of records. Streams JSON Lines input to output (bounded
 * memory; a passenger message is read whole: it is parsed all or nothing); progress on stderr.
 */
import { createReadStream, createWriteStream, existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';
import { InvalidArgumentError, type Command } from 'commander';
import {
  comparePair, DEFAULT_THRESHOLD, InvalidTravellerError, ListParseError, pairLineSchema, parseCsvList, parseJsonlList,
  parseOfacCsv, parseUnXml, ScreeningIndex, travellerSchema, type ParseResult, type Traveller, type WatchlistEntry,
} from '../core/screening/engine.ts';
import { EdifactError } from '../core/screening/edifact.ts';
import { looksLikeEdifact, parsePassengerMessage } from '../core/screening/passenger-messages.ts';
import { normalizeTraveller, type DataQualityFlag } from '../core/screening/quality.ts';

interface LoadOptions {
  skipInvalid?: boolean;
  includeEntities?: boolean;
}

function readText(path: string): string {
  const buf = readFileSync(path);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf).replace(/^\uFEFF/, '');
  } catch {
    return buf.toString('latin1');
  }
}

/** Loads one watch-list source: UN XML file, OFAC legacy CSV folder, JSON Lines or CSV list. */
export async function loadWatchlist(source: string, opts: LoadOptions = {}): Promise<WatchlistEntry[]> {
  if (!existsSync(source)) throw new Error(`watch list not found: ${source}`);
  let result: ParseResult<WatchlistEntry>;
  let label = source;
  const o = { includeEntities: !!opts.includeEntities };
  if (statSync(source).isDirectory()) {
    const pairs: Array<[string, string]> = [['sdn.csv', 'alt.csv'], ['cons_prim.csv', 'cons_alt.csv'], ['SDN.CSV', 'ALT.CSV']];
    const found = pairs.find(([p]) => existsSync(join(source, p)));
    if (!found) throw new Error(`${source}: no sdn.csv (OFAC legacy CSV folder expected)`);
    const alt = join(source, found[1]);
    label = join(source, found[0]);
    result = await parseOfacCsv(readText(label), existsSync(alt) ? readText(alt) : undefined, o);
  } else {
    const text = readText(source);
    const lower = source.toLowerCase();
    if (lower.endsWith('.xml') || text.trimStart().startsWith('<')) result = await parseUnXml(text, o);
    else if (/\.(jsonl|ndjson|json)$/.test(lower) || text.trimStart().startsWith('{')) result = await parseJsonlList(text);
    else if (lower.endsWith('.csv')) result = await parseCsvList(text);
    else throw new Error(`${source}: unknown watch-list format (expected .xml, .jsonl, .csv or an OFAC folder)`);
  }
  if (result.issues.length) {
    if (!opts.skipInvalid) throw new ListParseError(label, result.issues);
    for (const i of result.issues) process.stderr.write(`${label}: skipped line ${i.line}: ${i.message}\n`);
  }
  return result.entries;
}

async function* inputLines(path: string | undefined): AsyncGenerator<string> {
  const stream = !path || path === '-' ? process.stdin : createReadStream(path);
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  yield* rl;
}

const INPUT_FORMATS = ['jsonl', 'paxlst', 'pnrgov'] as const;
/** A passenger message of another type than --format said. */
class InputFormatError extends Error {}
type InputFormat = (typeof INPUT_FORMATS)[number];

/** The input's format (named, or a passenger message recognised by its UNA/UNB start) and its lines from the first. */
async function inputOf(path: string | undefined, named: InputFormat | undefined): Promise<{ format: InputFormat | 'edifact'; lines: AsyncGenerator<string> }> {
  const it = inputLines(path);
  const head: string[] = [];
  let format: InputFormat | 'edifact' | undefined = named;
  if (!format) {
    // Read by hand: leaving a for-await loop early would close the input.
    for (let r = await it.next(); !r.done; r = await it.next()) {
      head.push(r.value);
      if (r.value.trim()) break;
    }
    format = looksLikeEdifact(head.at(-1) ?? '') ? 'edifact' : 'jsonl';
  }
  async function* all(): AsyncGenerator<string> {
    yield* head;
    yield* it;
  }
  return { format, lines: all() };
}

/**
 * A PAXLST or PNRGOV interchange → one result line per passenger: {"id","line","segment","hits","quality"?}
 * or {"id":null,"line","segment","error"} for a passenger without a name. A message that cannot be read
 * writes nothing and throws its segment and line.
 */
async function* messageResults(lines: AsyncIterable<string>, format: InputFormat | 'edifact', index: ScreeningIndex, opts: { threshold: number; limit: number }): AsyncGenerator<string> {
  const parts: string[] = [];
  for await (const l of lines) parts.push(l);
  const msg = parsePassengerMessage(parts.join('\n'));
  if (format !== 'edifact' && format !== msg.type) throw new InputFormatError(`the input is a ${msg.type.toUpperCase()} message, not ${format.toUpperCase()}`);
  for (const r of msg.records) {
    if (!r.traveller) {
      yield JSON.stringify({ id: null, line: r.line, segment: r.segment, error: r.error });
      continue;
    }
    const { id, name, birthDate, nationality, documentNumber, gender } = r.traveller;
    try {
      const t = toTraveller({ id, name, birthDate, nationality, documentNumber, gender });
      const hits = index.screen(t, opts);
      yield JSON.stringify({ id: t.id, line: r.line, segment: r.segment, hits, ...(t.quality ? { quality: t.quality } : {}) });
    } catch (err) {
      if (!(err instanceof InvalidTravellerError || (err && typeof err === 'object' && 'issues' in err))) throw err;
      yield JSON.stringify({ id, line: r.line, segment: r.segment, error: reason(err) });
    }
  }
}

function output(path: string | undefined): Writable {
  return !path || path === '-' ? process.stdout : createWriteStream(path);
}

async function write(out: Writable, line: string): Promise<void> {
  if (!out.write(line + '\n')) await new Promise<void>((resolve) => out.once('drain', resolve));
}

async function close(out: Writable): Promise<void> {
  if (out === process.stdout) return;
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
}

function progress(enabled: boolean) {
  const start = Date.now();
  let last = start;
  return {
    tick(n: number) {
      if (!enabled || n % 1000 !== 0) return;
      const now = Date.now();
      if (now - last < 1000) return;
      last = now;
      const rate = Math.round((n * 1000) / Math.max(1, now - start));
      process.stderr.write(`\r${n.toLocaleString('en')} lines, ${rate.toLocaleString('en')}/s   `);
    },
    done(n: number) {
      if (enabled) process.stderr.write(`\r${n.toLocaleString('en')} lines in ${((Date.now() - start) / 1000).toFixed(1)} s\n`);
    },
  };
}

function parseInputFormat(v: string): InputFormat {
  if (!(INPUT_FORMATS as readonly string[]).includes(v)) throw new InvalidArgumentError(`expected one of ${INPUT_FORMATS.join(', ')}, got ${v}`);
  return v as InputFormat;
}

function parseThreshold(v: string): number {
  const t = Number(v);
  if (!Number.isFinite(t) || t < 0 || t > 1) throw new Error(`threshold must be a number between 0 and 1, got ${v}`);
  return t;
}

function reason(err: unknown): string {
  if (err instanceof SyntaxError) return `invalid JSON: ${err.message}`;
  if (err && typeof err === 'object' && 'issues' in err) {
    const issues = (err as { issues: Array<{ path: PropertyKey[]; message: string }> }).issues;
    return issues.map((i) => `${i.path.map(String).join('.') || 'line'}: ${i.message}`).join('; ');
  }
  return err instanceof Error ? err.message : String(err);
}

function idOf(text: string): string | null {
  try {
    const v = JSON.parse(text) as { id?: unknown };
    return v && (typeof v.id === 'string' || typeof v.id === 'number') ? String(v.id) : null;
  } catch {
    const m = /"id"\s*:\s*"([^"]*)"/.exec(text);
    return m ? m[1]! : null;
  }
}

/** A traveller with malformed fields read leniently or left out (flagged in `quality`), never dropped. */
function toTraveller(v: unknown): Traveller & { quality?: DataQualityFlag[] } {
  return normalizeTraveller(travellerSchema.parse(v));
}

const HELP_THRESHOLD = `Default threshold ${DEFAULT_THRESHOLD}: scores are calibrated so that about 0.1% of innocent travellers reach it while listed persons behind one or two realistic changes (transliteration, reordering, missing names, typos, shifted birth date) do (see docs/SCREENING.md).`;

/** Registers `screen` and `screen pairs`. */
export function registerScreenCommands(program: Command): void {
  const screen = program
    .command('screen')
    .description('Screen travellers (JSON Lines, or a UN/EDIFACT PAXLST or PNRGOV passenger message) against watch lists; writes {"id","hits":[{"entryId","score","explanation"}],"quality"?:[{"field","outcome","issue"}]} per traveller (malformed fields are read leniently or left out and flagged, never a reason to drop a traveller)')
    .option('-w, --watchlist <source...>', 'UN consolidated XML file, OFAC legacy CSV folder (sdn.csv + alt.csv), Vigil JSON Lines or CSV list (repeatable)')
    .option('-i, --input <file>', 'travellers, one JSON object a line: {"id","name"|"givenName"+"familyName","birthDate"?,"nationality"?,"documentNumber"?,"gender"?}, or a PAXLST/PNRGOV message (default: stdin)')
    .option('-f, --format <format>', 'input format: jsonl, paxlst or pnrgov (default: a message is recognised by its UNA/UNB start, anything else is JSON Lines)', parseInputFormat)
    .option('-o, --output <file>', 'results, one JSON object a line (default: stdout)')
    .option('-t, --threshold <t>', `minimum score of a hit, 0..1 (default ${DEFAULT_THRESHOLD})`, parseThreshold)
    .option('--limit <n>', 'maximum hits per traveller', (v) => Number(v), 10)
    .option('--skip-invalid', 'import a list even when some lines are malformed (they are listed on stderr)')
    .option('--include-entities', 'also screen against listed organisations, vessels and aircraft')
    .option('--progress', 'report progress on stderr (default when stderr is a terminal)')
    // `screen`'s options only before a subcommand: `vigil screen pairs --input … --output …` are pairs' own.
    .enablePositionalOptions()
    .addHelpText(
      'after',
      `\n${HELP_THRESHOLD}\nEntry ids: un:<REFERENCE_NUMBER>, ofac:<ent_num>, or the id of a custom list.\n` +
        'A passenger message (PAXLST: NAD/ATT/DTM/NAT/DOC; PNRGOV: TIF/SSR DOCS/TVL) gives one line per passenger with its "line" and "segment"; ' +
        'a message that cannot be read writes nothing and exits 2 naming the segment and line.',
    )
    .action(async (opts: { watchlist?: string[]; input?: string; format?: InputFormat; output?: string; threshold?: number; limit: number; skipInvalid?: boolean; includeEntities?: boolean; progress?: boolean }) => {
      if (!opts.watchlist?.length) {
        screen.error('error: at least one --watchlist SOURCE is required');
      }
      const index = new ScreeningIndex();
      try {
        for (const src of opts.watchlist!) {
          const entries = await loadWatchlist(src, opts);
          for (const e of entries) index.add(e);
        }
      } catch (err) {
        process.stderr.write(`${(err as Error).message}\n`);
        process.exitCode = 2;
        return;
      }
      const showProgress = !!opts.progress || !!process.stderr.isTTY;
      if (showProgress) process.stderr.write(`index: ${index.size.toLocaleString('en')} entries, ${index.nameCount.toLocaleString('en')} names\n`);
      const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
      const input = await inputOf(opts.input, opts.format);
      if (input.format !== 'jsonl') {
        // A passenger message: parsed whole before anything is written (all or nothing).
        const results: string[] = [];
        try {
          for await (const line of messageResults(input.lines, input.format, index, { threshold, limit: opts.limit })) results.push(line);
        } catch (err) {
          if (!(err instanceof EdifactError || err instanceof InputFormatError)) throw err;
          process.stderr.write(`${opts.input ?? 'stdin'}: the passenger message cannot be read, nothing screened: ${err.message}\n`);
          process.exitCode = 2;
          return;
        }
        const out = output(opts.output);
        for (const line of results) await write(out, line);
        await close(out);
        if (showProgress) process.stderr.write(`${results.length.toLocaleString('en')} passengers screened\n`);
        return;
      }
      const out = output(opts.output);
      const p = progress(showProgress);
      let n = 0;
      for await (const text of input.lines) {
        if (!text.trim()) continue;
        n++;
        let line: string;
        try {
          const t = toTraveller(JSON.parse(text));
          const hits = index.screen(t, { threshold, limit: opts.limit });
          line = JSON.stringify(t.quality ? { id: t.id, hits, quality: t.quality } : { id: t.id, hits });
        } catch (err) {
          if (!(err instanceof SyntaxError || err instanceof InvalidTravellerError || (err && typeof err === 'object' && 'issues' in err))) throw err;
          line = JSON.stringify({ id: idOf(text), line: n, error: reason(err) });
        }
        await write(out, line);
        p.tick(n);
      }
      await close(out);
      p.done(n);
    });

  screen
    .command('pairs')
    .description('Score pairs of records: each input line {"id","a":{traveller},"b":{traveller}} → {"id","score","match"}')
    .option('-i, --input <file>', 'pairs, one JSON object a line (default: stdin)')
    .option('-o, --output <file>', 'scores, one JSON object a line (default: stdout)')
    .option('-t, --threshold <t>', `score at which "match" is true (default ${DEFAULT_THRESHOLD})`, parseThreshold)
    .option('--explain', 'add the explanation to each output line')
    .option('--progress', 'report progress on stderr (default when stderr is a terminal)')
    .addHelpText('after', `\n${HELP_THRESHOLD}`)
    .action(async (opts: { input?: string; output?: string; threshold?: number; explain?: boolean; progress?: boolean }) => {
      const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
      const out = output(opts.output);
      const p = progress(!!opts.progress || !!process.stderr.isTTY);
      let n = 0;
      for await (const text of inputLines(opts.input)) {
        if (!text.trim()) continue;
        n++;
        let line: string;
        try {
          const pair = pairLineSchema.parse(JSON.parse(text));
          const a = toTraveller({ id: pair.id + ':a', ...pair.a });
          const b = toTraveller({ id: pair.id + ':b', ...pair.b });
          const hit = comparePair(a, b);
          const o: Record<string, unknown> = { id: pair.id, score: hit.score, match: hit.score >= threshold };
          if (opts.explain) o['explanation'] = hit.explanation;
          line = JSON.stringify(o);
        } catch (err) {
          if (!(err instanceof SyntaxError || err instanceof InvalidTravellerError || (err && typeof err === 'object' && 'issues' in err))) throw err;
          line = JSON.stringify({ id: idOf(text), line: n, error: reason(err) });
        }
        await write(out, line);
        p.tick(n);
      }
      await close(out);
      p.done(n);
    });
}
