/** Deutsch: the sharing screens. */
import type { PartialResources } from '../en.ts';

export const sharing: NonNullable<PartialResources['sharing']> = {
    nav: 'Teilen', navPartners: 'Partner', title: 'Teilen',
    tabs: { objects: 'Gehaltene Objekte', import: 'Importieren' },
    taxiiHelp: 'Partner holen ab, was Sie teilen, über TAXII 2.1 mit einem API-Token:',
    preview: {
      title: 'Wer sieht das', updating: 'Aktualisieren', within: 'In jeder Organisation: Benutzer mit einer Rolle für {{module}} und Ermächtigung {{classification}} oder höher.',
      pickOrganisations: 'Wählen Sie mindestens eine Organisation, um zu sehen, wer diesen Eintrag liest.', pickGroups: 'Wählen Sie mindestens eine Teilungsgruppe, um zu sehen, wer diesen Eintrag liest.',
      incomplete: 'Vervollständigen Sie die Kennzeichnungen, um zu sehen, wer diesen Eintrag liest.',
      access: { full: 'Voller Zugriff', hit: 'Weiß, dass er existiert — Eigentümer kontaktieren', none: 'Kein Zugriff' },
      accessHelp: { full: 'lesen den Eintrag (im Verteiler)', hit: 'Hit/No-Hit: eine Suche zeigt, dass er existiert und wen man fragt', none: 'nicht im Verteiler: nichts sichtbar' },
      nobody: 'niemand',
      reason: { owner: 'Eigentümer', distribution: 'im Verteiler', 'hit-no-hit': 'Hit/No-Hit', 'oversight-grant-only': 'Aufsicht: nur über eine Freigabe', 'not-in-distribution': 'nicht im Verteiler' },
      federation: 'gesendet als {{sent}} → {{there}} beim Partner',
      more_one: '{{count}} weitere zeigen', more_other: '{{count}} weitere zeigen', fewer: 'weniger zeigen',
    },
    scope: { connected: 'verbunden', community: 'Gemeinschaft', organisation: 'nur Organisation' },
    origin: { local: 'Eigen', partner: 'Vom Partner', import: 'Importiert' },
    partners: {
      title: 'Partnerinstanzen', register: 'Partner registrieren', registerSubmit: 'Registrieren',
      state: { ok: 'Gesund', failing: 'Fehlerhaft', pending: 'Wartet auf ersten Abruf', disabled: 'Pausiert' },
      syncNow: 'Jetzt synchronisieren', pause: 'Pausieren', resume: 'Fortsetzen', remove: 'Entfernen',
    },
};
