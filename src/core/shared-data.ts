/**
 * The reference data folder that sits beside the project (../shared/data: watch lists, name variants,
 * PDQ hashes, STIX/TAXII interop files), or VIGIL_SHARED_DATA. Tests, benchmarks and the interop schema
 * check read their files from here; no path of a particular machine is written in the project.
 */
import { fileURLToPath } from 'node:url';

export const SHARED_DATA: string = (process.env.VIGIL_SHARED_DATA ?? fileURLToPath(new URL('../../../shared/data/', import.meta.url))).replace(/\/?$/, '/');
