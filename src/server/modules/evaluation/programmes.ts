/**
 * Which municipalities take part in which programmes, from the prevention module's exported service
 * function `programmesByMunicipality(p, ctx)`. That module is optional here: when its function is not
 * there, evaluation says so and shows indicator maps only. The function applies its own access step.
 */
import type { Ctx } from '../../platform/context.ts';
import type { Platform } from '../../platform/platform.ts';

export interface ProgrammeParticipation {
  nisCode: string;
  municipality: string;
  programmeTypes: string[];
}

type Source = (p: Platform, ctx: Ctx) => Promise<ProgrammeParticipation[]>;

// The prevention module's service files that may export the function (looked up once).
const CANDIDATES = ['../prevention/programmes.service.ts', '../prevention/prevention.service.ts', '../prevention/exchanges.service.ts'];
let source: Source | null | undefined;

async function find(): Promise<Source | null> {
  if (source !== undefined) return source;
  source = null;
  for (const path of CANDIDATES) {
    try {
      const m = (await import(/* @vite-ignore */ path)) as { programmesByMunicipality?: Source };
      if (typeof m.programmesByMunicipality === 'function') {
        source = m.programmesByMunicipality;
        break;
      }
    } catch {
      // not there (yet)
    }
  }
  return source;
}

/** The participation list, or null when the prevention module does not provide it. */
export async function programmeParticipation(p: Platform, ctx: Ctx): Promise<ProgrammeParticipation[] | null> {
  const f = await find();
  if (!f) return null;
  try {
    return await f(p, ctx);
  } catch (e) {
    // A refusal by the prevention module (e.g. no right on its programmes) hides the layer, no more.
    if ((e as { code?: string }).code === 'FORBIDDEN' || (e as { code?: string }).code === 'NOT_FOUND') return null;
    throw e;
  }
}
