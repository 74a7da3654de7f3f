/** Wire shapes of the evaluation module: aliases of the generated types (src/web/lib/api-schema.d.ts). */
import type { ApiOk } from '../../lib/api.ts';

export type Indicator = ApiOk<'/api/evaluation/indicators', 'get'>[number];
export type Reliability = Indicator['reliability'];
export type Direction = Indicator['direction'];
export type Theories = ApiOk<'/api/evaluation/theories', 'get'>;
export type Theory = Theories['theories'][number];
export type Municipality = ApiOk<'/api/evaluation/municipalities', 'get'>[number];
export type Values = ApiOk<'/api/evaluation/indicators/{id}/values', 'get'>;
export type Value = Values['values'][number];
export type Preview = ApiOk<'/api/evaluation/indicators/{id}/imports/preview', 'post'>;
export type Problem = Preview['problems'][number];
export type ImportResult = ApiOk<'/api/evaluation/indicators/{id}/imports', 'post'>;
export type Evaluation = ApiOk<'/api/evaluation/indicators/{id}/evaluate', 'get'>;
export type PeriodRow = Evaluation['periods'][number];
export type Caveat = Evaluation['caveats'][number];
export type Unit = Evaluation['comparison'][number];
export type Interval = NonNullable<Evaluation['did']['interval']>;
export type MapData = ApiOk<'/api/evaluation/indicators/{id}/map', 'get'>;
