/** The wire shapes of the alerts API: aliases of the generated types (src/web/lib/api-schema.d.ts). */
import type { ApiOk } from '../../lib/api.ts';

export type Alert = ApiOk<'/api/alerts', 'get'>[number];
export type AlertDetail = ApiOk<'/api/alerts/{id}', 'get'>;
export type AlertContent = Alert['content'];
export type AlertState = Alert['state'];
export type Person = Alert['draftedBy'];
export type Preview = ApiOk<'/api/alerts/{id}/preview', 'get'>;
export type Problem = Preview['problems'][number];
