/** Français : les textes communs à tous les tableaux (tri, pagination, filtres, vues enregistrées). */
export const tables = {
  sortBy: 'Trier par {{column}}', filters: 'Filtres', removeFilter: 'Retirer le filtre {{filter}}', clearFilters: 'Effacer tous les filtres',
  emptyTitle: 'Rien à afficher', emptyFiltered: 'Rien ne correspond à ces filtres. Retirez un filtre pour en voir davantage.',
  range: '{{from}}–{{to}} sur {{total}}', rangeOpen: '{{from}}–{{to}}', pageSize: 'Lignes par page', perPage: 'par page',
  next: 'Page suivante', previous: 'Page précédente', first: 'Première page', last: 'Dernière page',
  views: 'Vues enregistrées', viewActive: 'Vue : {{name}}', noViews: 'Aucune vue enregistrée pour l’instant.', saveView: 'Enregistrer cette vue…', saveViewTitle: 'Enregistrer cette vue',
  viewName: 'Nom de la vue', viewNameHelp: 'Le tri, la taille de page et les filtres sont enregistrés pour vous seul ; une vue enregistrée sous un nom existant le remplace.',
  deleteView: 'Supprimer la vue {{name}}', updated: 'Mis à jour', any: 'Tous',
  atLeast: 'Au moins {{total}} entrées correspondent : affinez les filtres pour les compter exactement.',
};
