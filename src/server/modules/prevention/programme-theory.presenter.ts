/** The wire shape of a programme's theory of change (activities → outputs → outcomes, measured by indicators). */
import { z } from 'zod';

const step = z.string().trim().min(1).max(500);
const steps = z.array(step).max(30);

export const programmeTheoryBody = z
  .object({
    /** The version the edit starts from (0 when the programme has no theory yet); a newer one answers 409. */
    version: z.number().int().min(0),
    activities: steps,
    outputs: steps,
    outcomes: steps,
    indicatorIds: z.array(z.string().uuid()).max(30),
    rationale: z.string().trim().max(3000).default(''),
    /** Whether the text started from the programme type's theory (kept on the version, shown in the history). */
    startedFromType: z.boolean().default(false),
  })
  .strict();

const indicatorRef = z.object({ id: z.string(), code: z.string().nullable(), name: z.string().nullable() });

const theoryFields = {
  activities: z.array(z.string()),
  outputs: z.array(z.string()),
  outcomes: z.array(z.string()),
  indicatorIds: z.array(z.string()),
  rationale: z.string(),
  basedOnType: z.string().nullable(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
};

export const programmeTheoryWire = z.object({
  programmeId: z.string(),
  programmeType: z.string(),
  /** `programme`: the programme's own theory; `type`: none yet, the programme type's theory offered as a proposal; `none`: neither. */
  source: z.enum(['programme', 'type', 'none']),
  proposal: z.boolean(),
  /** The programme's current version (0 when it has none): send it back with an edit. */
  version: z.number(),
  ...theoryFields,
  indicators: z.array(indicatorRef),
  canEdit: z.boolean(),
});
export type ProgrammeTheoryWire = z.infer<typeof programmeTheoryWire>;

export const programmeTheoryHistoryWire = z.object({
  programmeId: z.string(),
  versions: z.array(z.object({ version: z.number(), ...theoryFields, updatedAt: z.string(), updatedBy: z.string() })),
});
export type ProgrammeTheoryHistoryWire = z.infer<typeof programmeTheoryHistoryWire>;
