/**
 * Test support: a validator of STIX 2.1 bundles against the OASIS JSON Schemas (draft 2020-12), read
 * from the interop data folder (VIGIL_INTEROP_DIR; else ../shared/data/interop when present, else the subset in test/fixtures/reference/interop). Every schema
 * file is added with addSchema; nothing is fetched. Formats the schemas use are checked loosely here
 * (ajv-formats is not a dependency of Vigil).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import { REFERENCE } from './reference-data.ts';

export const interopDir = process.env.VIGIL_INTEROP_DIR ?? REFERENCE + 'interop';
const BUNDLE_ID = 'http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/common/bundle.json';

/** A compiled validator of STIX 2.1 bundles. */
export function stixBundleValidator(): ValidateFunction {
  const require = createRequire(import.meta.url);
  const Ajv2020 = require('ajv/dist/2020').default as typeof import('ajv/dist/2020').default;
  const ajv = new Ajv2020({ unicodeRegExp: false, strict: false, allErrors: false });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('email', /^[^@\s]+@[^@\s]+$/);
  ajv.addFormat('idn-hostname', /^[^\s/]+$/);
  const root = join(interopDir, 'stix2.1', 'schemas');
  for (const dir of ['common', 'sdos', 'sros', 'observables']) {
    for (const f of readdirSync(join(root, dir)).filter((x) => x.endsWith('.json'))) ajv.addSchema(JSON.parse(readFileSync(join(root, dir, f), 'utf8')));
  }
  const v = ajv.getSchema(BUNDLE_ID);
  if (!v) throw new Error('bundle schema missing');
  return v;
}
