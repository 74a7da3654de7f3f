import type { VigilModule } from '../../platform/module.ts';
import { evaluationRoutes } from './evaluation.routes.ts';

/** Evaluation of prevention: indicator registry, theories of change, values, DiD and synthetic control, map. */
export const evaluationModule: VigilModule = {
  name: 'evaluation',
  tables: ['evaluation_indicators', 'evaluation_theories', 'evaluation_imports', 'evaluation_values'],
  routes: evaluationRoutes,
};
