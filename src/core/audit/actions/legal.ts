/**
 * Audit actions of the legal pillar: the schema of each action's details (registry.ts merges them) and
 * the action in plain words (labels.ts merges them). Register every action the module writes here.
 */
import type { z } from 'zod';
import { bool, d, num, str, strs, type ActionLabels } from '../details.ts';

export const LEGAL_ACTIONS = {
  'legal.registry-create': d({ kind: str, code: str, version: num }),
  'legal.registry-amend': d({ kind: str, code: str, version: num, replaces: str }),
  'legal.registry-expire': d({ kind: str, code: str, validTo: str }),
  'legal.registry-review': d({ basisId: str, count: num }),
  'legal.rule-change': d({ key: str, days: num, previous: num }),
  'legal.authorisation-create': d({ orgId: str, method: str, tier: str, targets: num, subjectIds: strs, offenceIds: strs, basisId: str, supersedes: str }),
  // One per transition: enough to recompute the oversight statistics from the log alone.
  'legal.authorisation-transition': d({ orgId: str, method: str, tier: str, action: str, from: str, to: str, seq: num, hash: str, at: str, targets: num, offenceIds: strs }),
  'legal.authorisation-read': d({ via: str }),
  'legal.authorisation-list': d({ filters: strs, count: num }),
  'legal.subjects-read': d({ authorisationId: str, via: str }),
  'legal.deadlines': d({ count: num }),
  'legal.deadlines-export': d({ count: num, days: num, format: str }),
  'legal.cooperation-create': d({ kind: str, direction: str, orgId: str, subjectIds: strs, basisId: str, offenceIds: strs }),
  'legal.cooperation-event': d({ event: str, seq: num, state: str }),
  'legal.cooperation-read': d({ via: str }),
  'legal.cooperation-list': d({ filters: strs, count: num }),
  'legal.statistics': d({ from: str, to: str, rows: num, format: str, suppressed: bool }),
  'legal.reminder': d({ deadline: str, due: str, recipients: num }),
  'legal.signatures-verify': d({ via: str, count: num }),
} satisfies Record<string, z.ZodType>;

export const LEGAL_LABELS: Record<keyof typeof LEGAL_ACTIONS, ActionLabels> = {
  'legal.registry-create': { en: 'Added to the legal registry', nl: 'Toegevoegd aan het juridisch register', fr: 'Ajouté au registre juridique', de: 'Zum Rechtsregister hinzugefügt' },
  'legal.registry-amend': { en: 'Amended a legal registry entry (new version)', nl: 'Registervermelding gewijzigd (nieuwe versie)', fr: 'Entrée du registre modifiée (nouvelle version)', de: 'Registereintrag geändert (neue Fassung)' },
  'legal.registry-expire': { en: 'Ended the validity of a registry entry', nl: 'Geldigheid van een registervermelding beëindigd', fr: "Fin de validité d'une entrée du registre", de: 'Geltung eines Registereintrags beendet' },
  'legal.registry-review': { en: 'Listed records citing a legal basis', nl: 'Records met een rechtsgrond opgelijst', fr: 'Liste des dossiers citant une base légale', de: 'Datensätze mit einer Rechtsgrundlage aufgelistet' },
  'legal.rule-change': { en: 'Changed a deadline rule', nl: 'Termijnregel gewijzigd', fr: 'Règle de délai modifiée', de: 'Fristregel geändert' },
  'legal.authorisation-create': { en: 'Drafted a special-method request', nl: 'Aanvraag voor een bijzondere methode opgesteld', fr: 'Demande de méthode particulière rédigée', de: 'Antrag auf eine besondere Methode entworfen' },
  'legal.authorisation-transition': { en: 'Signed a step of a special-method authorisation', nl: 'Stap van een machtiging ondertekend', fr: "Étape d'une autorisation signée", de: 'Schritt einer Genehmigung unterzeichnet' },
  'legal.authorisation-read': { en: 'Read a special-method authorisation', nl: 'Machtiging voor een bijzondere methode gelezen', fr: 'Autorisation de méthode particulière consultée', de: 'Genehmigung einer besonderen Methode gelesen' },
  'legal.authorisation-list': { en: 'Listed special-method authorisations', nl: 'Machtigingen opgelijst', fr: 'Liste des autorisations consultée', de: 'Genehmigungen aufgelistet' },
  'legal.subjects-read': { en: 'Read the targets of an authorisation', nl: 'Doelwitten van een machtiging gelezen', fr: "Cibles d'une autorisation consultées", de: 'Zielpersonen einer Genehmigung gelesen' },
  'legal.deadlines': { en: 'Listed legal deadlines', nl: 'Wettelijke termijnen opgelijst', fr: 'Délais légaux consultés', de: 'Rechtliche Fristen aufgelistet' },
  'legal.deadlines-export': { en: 'Exported legal deadlines as a calendar file', nl: 'Wettelijke termijnen als agendabestand geëxporteerd', fr: 'Délais légaux exportés en fichier calendrier', de: 'Rechtliche Fristen als Kalenderdatei exportiert' },
  'legal.cooperation-create': { en: 'Recorded a judicial cooperation request', nl: 'Verzoek om justitiële samenwerking geregistreerd', fr: "Demande d'entraide judiciaire enregistrée", de: 'Rechtshilfeersuchen erfasst' },
  'legal.cooperation-event': { en: 'Recorded a step of a cooperation request', nl: 'Stap van een samenwerkingsverzoek geregistreerd', fr: "Étape d'une demande d'entraide enregistrée", de: 'Schritt eines Rechtshilfeersuchens erfasst' },
  'legal.cooperation-read': { en: 'Read a judicial cooperation request', nl: 'Verzoek om justitiële samenwerking gelezen', fr: "Demande d'entraide judiciaire consultée", de: 'Rechtshilfeersuchen gelesen' },
  'legal.cooperation-list': { en: 'Listed judicial cooperation requests', nl: 'Samenwerkingsverzoeken opgelijst', fr: "Liste des demandes d'entraide consultée", de: 'Rechtshilfeersuchen aufgelistet' },
  'legal.statistics': { en: 'Read or exported oversight statistics', nl: 'Toezichtsstatistieken gelezen of geëxporteerd', fr: 'Statistiques de contrôle consultées ou exportées', de: 'Aufsichtsstatistiken gelesen oder exportiert' },
  'legal.reminder': { en: 'Sent a legal deadline reminder', nl: 'Herinnering aan een wettelijke termijn verstuurd', fr: 'Rappel de délai légal envoyé', de: 'Erinnerung an eine rechtliche Frist gesendet' },
  'legal.signatures-verify': { en: 'Verified the signatures of authorisation steps', nl: 'Handtekeningen van de stappen van machtigingen gecontroleerd', fr: 'Signatures des étapes des autorisations vérifiées', de: 'Signaturen der Schritte von Genehmigungen geprüft' },
};
