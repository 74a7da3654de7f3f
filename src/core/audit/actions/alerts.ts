/**
 * Audit actions of the alerts module: the schema of each action's details (registry.ts merges them) and
 * the action in plain words (labels.ts merges them). Register every action the module writes here.
 */
import type { z } from 'zod';
import { d, num, str, strs, type ActionLabels } from '../details.ts';

const step = d({ msgType: str, status: str, version: num, incidentId: str, referencesId: str });

export const ALERTS_ACTIONS = {
  'alert.create': step,
  'alert.update': d({ version: num, fields: strs }),
  'alert.submit': step,
  'alert.return': d({ version: num }),
  'alert.approve': step,
  'alert.publish': d({ msgType: str, status: str, version: num, identifier: str, keyId: str, incidentId: str, referencesId: str }),
  'alert.discard': d({ version: num }),
} satisfies Record<string, z.ZodType>;

export const ALERTS_LABELS: Record<keyof typeof ALERTS_ACTIONS, ActionLabels> = {
  'alert.create': { en: 'drafted a public alert', nl: 'stelde een publieke alarmering op', fr: 'a rédigé une alerte publique', de: 'hat eine öffentliche Warnung entworfen' },
  'alert.update': { en: 'changed a draft public alert', nl: 'wijzigde een ontwerp van publieke alarmering', fr: 'a modifié un projet d’alerte publique', de: 'hat einen Warnungsentwurf geändert' },
  'alert.submit': { en: 'submitted a public alert for approval', nl: 'legde een publieke alarmering ter goedkeuring voor', fr: 'a soumis une alerte publique à approbation', de: 'hat eine öffentliche Warnung zur Freigabe vorgelegt' },
  'alert.return': { en: 'returned a public alert to its drafter', nl: 'stuurde een publieke alarmering terug naar de opsteller', fr: 'a renvoyé une alerte publique à son rédacteur', de: 'hat eine öffentliche Warnung an den Verfasser zurückgegeben' },
  'alert.approve': { en: 'approved a public alert', nl: 'keurde een publieke alarmering goed', fr: 'a approuvé une alerte publique', de: 'hat eine öffentliche Warnung freigegeben' },
  'alert.publish': { en: 'published a public alert (CAP)', nl: 'publiceerde een publieke alarmering (CAP)', fr: 'a publié une alerte publique (CAP)', de: 'hat eine öffentliche Warnung veröffentlicht (CAP)' },
  'alert.discard': { en: 'discarded a draft public alert', nl: 'verwijderde een ontwerp van publieke alarmering', fr: 'a supprimé un projet d’alerte publique', de: 'hat einen Warnungsentwurf verworfen' },
};
