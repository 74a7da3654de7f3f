/**
 * Audit actions of lists kept current and re-screening (screening module, issue #15): fetches of the
 * global lists from their official address or a mirror, and re-screenings of past travellers after a
 * list change. Details are references and counts (ids of hits and batches), never a traveller's name.
 */
import type { z } from 'zod';
import { d, num, ref, str, strs, type ActionLabels } from '../details.ts';

export const WATCHLIST_UPDATE_ACTIONS = {
  'watchlist.fetch': d({ source: str, fetchId: str, trigger: str, mode: str, status: str, bytes: ref, entries: ref, added: ref, removed: ref, changed: ref, previewId: ref, versionId: ref }),
  'watchlist.fetch_failed': d({ source: str, fetchId: str, trigger: str, error: str, notified: num }),
  'watchlist.fetches_read': d({ source: ref, results: num }),
  'watchlist.fetch_read': d({ source: str, change: ref }),
  'screening.rescreen_start': d({ versionId: str, source: str, entries: num, since: str }),
  'screening.rescreen_hits': d({ versionId: str, hits: strs, batches: strs }),
  'screening.rescreen_done': d({ versionId: str, source: str, processed: num, hits: num }),
  'screening.rescreens_read': d({ results: num }),
  'screening.rescreen_read': d({ versionId: str }),
  'screening.national_withdrawn': d({ versionId: str, version: num, hits: num }),
} satisfies Record<string, z.ZodType>;

export const WATCHLIST_UPDATE_LABELS: Record<keyof typeof WATCHLIST_UPDATE_ACTIONS, ActionLabels> = {
  'watchlist.fetch': { en: 'Fetched a watch list from its official address', nl: 'Signaleringslijst opgehaald van het officiële adres', fr: 'Liste de surveillance téléchargée depuis son adresse officielle', de: 'Beobachtungsliste von der offiziellen Adresse abgerufen' },
  'watchlist.fetch_failed': { en: 'Fetching a watch list failed', nl: 'Ophalen van signaleringslijst mislukt', fr: 'Échec du téléchargement d’une liste de surveillance', de: 'Abruf einer Beobachtungsliste fehlgeschlagen' },
  'watchlist.fetches_read': { en: 'Read watch list fetches', nl: 'Ophaalbeurten van signaleringslijsten ingezien', fr: 'Téléchargements de listes de surveillance consultés', de: 'Abrufe von Beobachtungslisten gelesen' },
  'watchlist.fetch_read': { en: 'Read a watch list fetch and its diff', nl: 'Ophaalbeurt van signaleringslijst met verschillen ingezien', fr: 'Téléchargement de liste et ses différences consultés', de: 'Abruf einer Beobachtungsliste mit Unterschieden gelesen' },
  'screening.rescreen_start': { en: 'Started re-screening past travellers after a list change', nl: 'Herscreening van eerdere reizigers na lijstwijziging gestart', fr: 'Nouveau contrôle des voyageurs passés lancé après modification de liste', de: 'Erneute Prüfung früherer Reisender nach Listenänderung gestartet' },
  'screening.rescreen_hits': { en: 'Re-screening found travellers listed after travel', nl: 'Herscreening vond reizigers die na hun reis gesignaleerd werden', fr: 'Le nouveau contrôle a trouvé des voyageurs inscrits après leur voyage', de: 'Erneute Prüfung fand nach der Reise gelistete Reisende' },
  'screening.rescreen_done': { en: 'Finished re-screening past travellers', nl: 'Herscreening van eerdere reizigers voltooid', fr: 'Nouveau contrôle des voyageurs passés terminé', de: 'Erneute Prüfung früherer Reisender abgeschlossen' },
  'screening.rescreens_read': { en: 'Listed re-screenings', nl: 'Herscreeningen opgelijst', fr: 'Nouveaux contrôles listés', de: 'Erneute Prüfungen aufgelistet' },
  'screening.rescreen_read': { en: 'Read a re-screening', nl: 'Herscreening ingezien', fr: 'Nouveau contrôle consulté', de: 'Erneute Prüfung gelesen' },
  'screening.national_withdrawn': { en: 'Withdrew a deleted subject from the national list', nl: 'Verwijderd subject van de nationale lijst gehaald', fr: 'Sujet supprimé retiré de la liste nationale', de: 'Gelöschte Person von der nationalen Liste genommen' },
};
