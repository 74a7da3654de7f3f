/**
 * Audit actions of the evaluation module: the schema of each action's details (registry.ts merges them) and
 * the action in plain words (labels.ts merges them). Register every action the module writes here.
 * Values are aggregates, never about a person; imports, exports and runs are still on the record.
 */
import type { z } from 'zod';
import { bool, d, num, str, strs, type ActionLabels } from '../details.ts';

export const EVALUATION_ACTIONS = {
  'evaluation.indicator-create': d({ code: str, version: num }),
  'evaluation.indicator-update': d({ code: str, version: num, fields: strs }),
  'evaluation.theory-set': d({ programmeType: str, indicators: num }),
  'evaluation.value-enter': d({ indicatorId: str, nisCode: str, period: str, replaced: bool }),
  'evaluation.import': d({ indicatorId: str, fileName: str, rows: num, created: num, replaced: num }),
  'evaluation.values-read': d({ indicatorId: str, count: num, nisCodes: strs }),
  'evaluation.run': d({ indicatorId: str, nisCode: str, intervention: str, donors: num, periods: num }),
  'evaluation.export': d({ indicatorId: str, kind: str, format: str, nisCode: str, rows: num, suppressed: num }),
  'evaluation.map': d({ indicatorId: str, period: str, count: num }),
} satisfies Record<string, z.ZodType>;

export const EVALUATION_LABELS: Record<keyof typeof EVALUATION_ACTIONS, ActionLabels> = {
  'evaluation.indicator-create': { en: 'defined an indicator', nl: 'definieerde een indicator', fr: 'a défini un indicateur', de: 'hat einen Indikator definiert' },
  'evaluation.indicator-update': { en: 'changed an indicator definition', nl: 'wijzigde een indicatordefinitie', fr: 'a modifié la définition d’un indicateur', de: 'hat eine Indikatordefinition geändert' },
  'evaluation.theory-set': { en: 'set the theory of change of a programme type', nl: 'legde de veranderingstheorie van een programmatype vast', fr: 'a fixé la théorie du changement d’un type de programme', de: 'hat die Wirkungslogik eines Programmtyps festgelegt' },
  'evaluation.value-enter': { en: 'entered an indicator value', nl: 'voerde een indicatorwaarde in', fr: 'a saisi une valeur d’indicateur', de: 'hat einen Indikatorwert erfasst' },
  'evaluation.import': { en: 'imported indicator values (CSV)', nl: 'importeerde indicatorwaarden (CSV)', fr: 'a importé des valeurs d’indicateur (CSV)', de: 'hat Indikatorwerte importiert (CSV)' },
  'evaluation.values-read': { en: 'read indicator values', nl: 'raadpleegde indicatorwaarden', fr: 'a consulté des valeurs d’indicateur', de: 'hat Indikatorwerte gelesen' },
  'evaluation.run': { en: 'ran a programme evaluation', nl: 'voerde een programma-evaluatie uit', fr: 'a lancé une évaluation de programme', de: 'hat eine Programmevaluation durchgeführt' },
  'evaluation.export': { en: 'exported evaluation figures (aggregates, small cells suppressed)', nl: 'exporteerde evaluatiecijfers (aggregaten, kleine cellen weggelaten)', fr: 'a exporté des chiffres d’évaluation (agrégats, petites cellules masquées)', de: 'hat Evaluationszahlen exportiert (Aggregate, kleine Zellen unterdrückt)' },
  'evaluation.map': { en: 'viewed an indicator map', nl: 'bekeek een indicatorkaart', fr: 'a consulté une carte d’indicateur', de: 'hat eine Indikatorkarte angesehen' },
};
