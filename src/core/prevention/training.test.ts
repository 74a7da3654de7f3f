import { describe, expect, it } from 'vitest';
import { ORG_KINDS } from '../vocab.ts';
import { takesTraining } from './training.ts';

describe('who takes the training', () => {
  it('is every officer, and no member of an oversight body', () => {
    for (const kind of ORG_KINDS) expect(takesTraining(kind), kind).toBe(kind !== 'oversight');
  });
});
