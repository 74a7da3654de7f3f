/**
 * `vigil content hash FILE…` and `vigil content match --bank BANK.csv --input QUERIES.txt`.
 * Output is JSON lines on stdout; errors are reported per file or per line and the exit status is 1
 * when anything failed.
 */
import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type * as FileHash from '../core/content/file-hash.ts';
import { parseBankCsv, parseQueryList } from '../core/content/bank.ts';
import { MatchIndex } from '../core/content/match-index.ts';

// The image decoder (sharp) is loaded when `content hash` runs, not when `vigil` starts (src/cli/main.ts).
const hashing = async () => {
  const [{ UnsupportedImageError }, { detectVideo, digestStream, hashImageBuffer }] = await Promise.all([import('../core/content/decode.ts'), import('../core/content/file-hash.ts')]);
  return { UnsupportedImageError, detectVideo, digestStream, hashImageBuffer };
};

async function readHead(path: string, n: number): Promise<Uint8Array> {
  const fh = await open(path, 'r');
  try {
    const buf = new Uint8Array(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

async function streamDigests(path: string, digestStream: typeof FileHash.digestStream): Promise<{ md5: string; sha256: string }> {
  const d = digestStream();
  for await (const chunk of createReadStream(path)) d.update(chunk as Buffer);
  return d.digest();
}

/** One output line of `content hash`, or null (and an error on stderr) when the file failed. */
async function hashOne(file: string): Promise<Record<string, unknown> | null> {
  const { UnsupportedImageError, detectVideo, digestStream, hashImageBuffer } = await hashing();
  try {
    const head = await readHead(file, 512);
    if (detectVideo(head)) {
      const { md5, sha256 } = await streamDigests(file, digestStream); // videos: file hashes only
      return { file, pdq: null, quality: null, md5, sha256 };
    }
    const buf = await readFile(file);
    const h = await hashImageBuffer(buf);
    return { file, pdq: h.pdq, quality: h.quality, md5: h.md5, sha256: h.sha256 };
  } catch (e) {
    const msg = e instanceof UnsupportedImageError ? `not an image or video: ${e.message}` : (e as Error).message;
    process.stderr.write(`vigil content hash: ${file}: ${msg}\n`);
    return null;
  }
}

function parseDistance(v: string): number {
  const d = Number(v);
  if (!Number.isInteger(d) || d < 0 || d > 256) throw new Error(`--distance must be an integer 0..256, got ${JSON.stringify(v)}`);
  return d;
}

/** Registers `content hash` and `content match`. */
export function registerContentCommands(program: Command): void {
  const content = program.command('content').description('Perceptual (PDQ) and file hashes; matching against hash banks');

  content
    .command('hash')
    .description('Print {"file","pdq","quality","md5","sha256"} per file (videos: file hashes only, pdq null)')
    .argument('<files...>', 'image or video files')
    .action(async (files: string[]) => {
      let failed = 0;
      for (const file of files) {
        const line = await hashOne(file);
        if (line) process.stdout.write(`${JSON.stringify(line)}\n`);
        else failed++;
      }
      if (failed) process.exitCode = 1;
    });

  content
    .command('match')
    .description('For each query hash, every bank hash within the distance: {"query","matches":[{"hash","distance"}]}')
    .requiredOption('--bank <csv>', 'bank CSV with a header and a "hash" column (optional "quality"; other columns are labels)')
    .requiredOption('--input <file>', 'query hashes, one per line')
    .option('--distance <n>', 'maximum Hamming distance, inclusive', '31')
    .option('--labels', 'also print each match\'s bank line and labels (one match per bank row)')
    .action(async (opts: { bank: string; input: string; distance: string; labels?: boolean }) => {
      let distance: number;
      let bankText: string;
      let queryText: string;
      try {
        distance = parseDistance(opts.distance);
        bankText = await readFile(opts.bank, 'utf8');
        queryText = await readFile(opts.input, 'utf8');
      } catch (e) {
        process.stderr.write(`vigil content match: ${(e as Error).message}\n`);
        process.exitCode = 1;
        return;
      }
      const bank = parseBankCsv(bankText);
      if (!bank.ok) {
        for (const err of bank.errors) process.stderr.write(`vigil content match: ${opts.bank}:${err.line}: ${err.message}\n`);
        process.stderr.write('vigil content match: the bank has errors; nothing was matched\n');
        process.exitCode = 1;
        return;
      }
      const entries = bank.entries;
      const index = MatchIndex.fromHex(
        entries.map((e) => e.hash),
        entries.map((e) => e.quality),
      );
      let failed = 0;
      for (const q of parseQueryList(queryText)) {
        if ('error' in q) {
          failed++;
          process.stdout.write(`${JSON.stringify({ query: q.query, error: `line ${q.line}: ${q.error}` })}\n`);
          continue;
        }
        const hits = index.query(q.hash, distance);
        const seen = new Set<string>();
        const matches: Record<string, unknown>[] = [];
        for (const h of hits) {
          const e = entries[h.id]!;
          if (opts.labels) matches.push({ hash: e.hash, distance: h.distance, line: e.line, labels: e.labels });
          else if (!seen.has(e.hash)) {
            seen.add(e.hash); // the same hash on several bank rows is listed once
            matches.push({ hash: e.hash, distance: h.distance });
          }
        }
        process.stdout.write(`${JSON.stringify({ query: q.query, matches })}\n`);
      }
      if (failed) process.exitCode = 1;
    });
}
