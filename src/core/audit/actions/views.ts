/**
 * Audit actions of saved table views (issue 17): a user saves or deletes one of their own views. Details
 * name the screen, never the view's filters (they may hold a name searched for).
 */
import type { z } from 'zod';
import { bool, d, str, type ActionLabels } from '../details.ts';

export const VIEWS_ACTIONS = {
  'view.save': d({ screen: str, replaced: bool }),
  'view.delete': d(),
} satisfies Record<string, z.ZodType>;

export const VIEWS_LABELS: Record<keyof typeof VIEWS_ACTIONS, ActionLabels> = {
  'view.save': { en: 'saved a table view', nl: 'bewaarde een tabelweergave', fr: 'a enregistré une vue de tableau', de: 'hat eine Tabellenansicht gespeichert' },
  'view.delete': { en: 'deleted a saved table view', nl: 'verwijderde een bewaarde tabelweergave', fr: 'a supprimé une vue de tableau enregistrée', de: 'hat eine gespeicherte Tabellenansicht gelöscht' },
};
