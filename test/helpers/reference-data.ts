/**
 * Reference data for tests. The full public sets sit beside the project in ../shared/data (or
 * VIGIL_SHARED_DATA) on development and CI machines; a fresh clone has only the small licensed subset
 * shipped in test/fixtures/reference (same layout, see its SOURCES.md). Tests read `REFERENCE`, and
 * those that need a full set (counts, recall over the whole UN list) run only when `HAVE_FULL_REFERENCE`
 * is true and are reported as skipped otherwise.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The folder of the full reference sets (../shared/data beside the project, or VIGIL_SHARED_DATA). */
export const SHARED_DATA: string = (process.env.VIGIL_SHARED_DATA ?? fileURLToPath(new URL('../../../shared/data/', import.meta.url))).replace(/\/?$/, '/');
/** The project's own subset, always present. */
export const FIXTURES: string = fileURLToPath(new URL('../fixtures/reference/', import.meta.url));
/** Whether the full reference sets are there. */
export const HAVE_FULL_REFERENCE: boolean = existsSync(`${SHARED_DATA}SOURCES.md`);
/** The folder tests read reference files from: the full sets when present, else the subset. */
export const REFERENCE: string = HAVE_FULL_REFERENCE ? SHARED_DATA : FIXTURES;
/** Why a suite that needs the full sets was skipped (printed by the test command). */
export const FULL_REFERENCE_HINT = 'needs the full reference data in ../shared/data (or VIGIL_SHARED_DATA)';
