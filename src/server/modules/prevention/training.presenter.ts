/** The wire shape of the training: modules in one language, answers, progress and team results. */
import { z } from 'zod';
import { TRAINING_LANGS } from '../../../core/prevention/training.ts';

const t3 = z.object({ en: z.string().max(2000), nl: z.string().max(2000), fr: z.string().max(2000) });
export const langQuery = z.object({ lang: z.enum(TRAINING_LANGS).optional() });
export const moduleBody = z.object({
  slug: z.string().regex(/^[a-z0-9-]{3,60}$/, 'lowercase letters, digits and dashes'),
  title: t3,
  summary: t3,
  scenarios: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z0-9-]{1,40}$/),
        situation: t3,
        question: t3,
        options: z.array(z.object({ id: z.string().regex(/^[a-z0-9-]{1,40}$/), text: t3, correct: z.boolean(), feedback: t3 })).max(5),
      }),
    )
    .max(20),
});
export const answerBody = z.object({ scenarioId: z.string().max(40), optionId: z.string().max(40) });

const progress = z.object({ answered: z.number(), correct: z.number(), total: z.number(), completed: z.boolean() });
export const moduleSummaryWire = z.object({ id: z.string(), slug: z.string(), title: z.string(), summary: z.string(), scenarios: z.number(), progress });
export const moduleWire = moduleSummaryWire.extend({
  lang: z.enum(TRAINING_LANGS),
  // The right answer and the feedback come only with the answer.
  scenarioList: z.array(z.object({ id: z.string(), situation: z.string(), question: z.string(), options: z.array(z.object({ id: z.string(), text: z.string() })), answered: z.boolean() })),
});
export const answerWire = z.object({ correct: z.boolean(), feedback: z.string(), rightOptionId: z.string(), firstAnswer: z.boolean(), progress });
export const teamsWire = z.array(
  z.object({
    id: z.string(),
    name: z.string(),
    members: z.number(),
    modules: z.array(z.object({ moduleId: z.string(), title: z.string(), members: z.number(), completed: z.number(), scorePercent: z.number().nullable(), withheld: z.enum(['team-under-5', 'none-completed']).nullable() })),
  }),
);
