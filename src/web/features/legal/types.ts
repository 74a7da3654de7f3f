/** Wire shapes of the legal API: aliases of the generated types (src/web/lib/api-schema.d.ts). */
import type { ApiOk } from '../../lib/api.ts';

export type AuthSummary = ApiOk<'/api/legal/authorisations', 'get'>[number];
export type Deadline = NonNullable<AuthSummary['nextDeadline']>;
export type Authorisation = ApiOk<'/api/legal/authorisations/{id}', 'get'>;
export type Transition = Authorisation['history'][number];
export type RegistryEntry = ApiOk<'/api/legal/registry', 'get'>[number];
export type BasisOption = ApiOk<'/api/legal/bases', 'get'>[number];
export type BasisReview = ApiOk<'/api/legal/registry/{id}/review', 'get'>;
export type CitingRecord = BasisReview['records'][number];
export type Method = ApiOk<'/api/legal/methods', 'get'>[number];
export type Cooperation = ApiOk<'/api/legal/cooperation/{id}', 'get'>;
export type CoopDeadline = Cooperation['deadlines'][number];
export type CalendarItem = ApiOk<'/api/legal/deadlines', 'get'>[number];
