import { describe, expect, it } from 'vitest';
import { PROGRAMME_TYPES as EVALUATION_TYPES } from '../../server/modules/evaluation/indicators.service.ts';
import { EXCHANGE_TYPES, LEGACY_EXCHANGE_TYPES, PROGRAMME_TYPES } from './programme-types.ts';

describe('programme types', () => {
  it('are the ones the evaluation module names its theories of change by', () => {
    expect([...PROGRAMME_TYPES].sort()).toEqual([...EVALUATION_TYPES].sort());
  });
  it('map every code of the first version to a current exchange type', () => {
    for (const v of Object.values(LEGACY_EXCHANGE_TYPES)) expect(EXCHANGE_TYPES).toContain(v);
    expect(Object.keys(LEGACY_EXCHANGE_TYPES)).toHaveLength(8);
  });
});
