/**
 * Audit actions of the alerts module: the schema of each action's details (registry.ts merges them) and
 * the action in plain words (labels.ts merges them). Register every action the module writes here.
 */
import type { z } from 'zod';
import type { ActionLabels } from '../details.ts';

export const ALERTS_ACTIONS = {} satisfies Record<string, z.ZodType>;

export const ALERTS_LABELS: Record<keyof typeof ALERTS_ACTIONS, ActionLabels> = {};
