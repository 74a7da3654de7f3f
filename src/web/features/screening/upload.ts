/** Sizes of uploads for the progress bar; the upload itself goes through the API client (api.upload in src/web/lib/api.ts). */

/** "1.9 MB" in the interface language (src/web/lib/format.ts). */
export { formatBytes } from '../../lib/format.ts';
