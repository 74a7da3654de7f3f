/**
 * The demo dataset of the legal pillar. It draws from its own seeded faker, so the rest of the
 * dataset stays as it was; every person is synthetic.
 */
import type { PillarDemo } from './demo-users.ts';

export const legalDemo: PillarDemo = {
  accounts: [],
  async load() {},
};
