/** Nederlands: de teksten die alle tabellen delen (sorteren, pagineren, filterlabels, bewaarde weergaven). */
export const tables = {
  sortBy: 'Sorteren op {{column}}', filters: 'Filters', removeFilter: 'Filter {{filter}} verwijderen', clearFilters: 'Alle filters wissen',
  emptyTitle: 'Niets te tonen', emptyFiltered: 'Niets voldoet aan deze filters. Verwijder een filter om meer te zien.',
  range: '{{from}}–{{to}} van {{total}}', rangeOpen: '{{from}}–{{to}}', pageSize: 'Rijen per pagina', perPage: 'per pagina',
  next: 'Volgende pagina', previous: 'Vorige pagina', first: 'Eerste pagina', last: 'Laatste pagina',
  views: 'Bewaarde weergaven', viewActive: 'Weergave: {{name}}', noViews: 'Nog geen bewaarde weergaven.', saveView: 'Deze weergave bewaren…', saveViewTitle: 'Deze weergave bewaren',
  viewName: 'Naam van de weergave', viewNameHelp: 'Sortering, paginagrootte en filters worden alleen voor u bewaard; een weergave onder een bestaande naam vervangt die.',
  deleteView: 'De weergave {{name}} verwijderen', updated: 'Bijgewerkt', any: 'Alle',
  atLeast: 'Minstens {{total}} regels voldoen: verfijn de filters om ze exact te tellen.',
};
