/** Deutsch: die Texte, die alle Tabellen teilen (Sortieren, Blättern, Filter, gespeicherte Ansichten). */
export const tables = {
  sortBy: 'Nach {{column}} sortieren', filters: 'Filter', removeFilter: 'Filter {{filter}} entfernen', clearFilters: 'Alle Filter entfernen',
  emptyTitle: 'Nichts anzuzeigen', emptyFiltered: 'Nichts entspricht diesen Filtern. Entfernen Sie einen Filter, um mehr zu sehen.',
  range: '{{from}}–{{to}} von {{total}}', rangeOpen: '{{from}}–{{to}}', pageSize: 'Zeilen pro Seite', perPage: 'pro Seite',
  next: 'Nächste Seite', previous: 'Vorherige Seite', first: 'Erste Seite', last: 'Letzte Seite',
  views: 'Gespeicherte Ansichten', viewActive: 'Ansicht: {{name}}', noViews: 'Noch keine gespeicherten Ansichten.', saveView: 'Diese Ansicht speichern…', saveViewTitle: 'Diese Ansicht speichern',
  viewName: 'Name der Ansicht', viewNameHelp: 'Sortierung, Seitengröße und Filter werden nur für Sie gespeichert; eine Ansicht unter einem vorhandenen Namen ersetzt diese.',
  deleteView: 'Die Ansicht {{name}} löschen', updated: 'Aktualisiert', any: 'Alle',
  atLeast: 'Mindestens {{total}} Einträge passen: Grenzen Sie die Filter ein, um sie genau zu zählen.',
};
