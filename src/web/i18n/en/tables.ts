/** English: the strings every table shares (sorting, paging, filter chips, saved views). */
export const tables = {
  sortBy: 'Sort by {{column}}', filters: 'Filters', removeFilter: 'Remove filter {{filter}}', clearFilters: 'Clear all filters',
  emptyTitle: 'Nothing to show', emptyFiltered: 'Nothing matches these filters. Remove a filter to see more.',
  range: '{{from}}–{{to}} of {{total}}', rangeOpen: '{{from}}–{{to}}', pageSize: 'Rows per page', perPage: 'per page',
  next: 'Next page', previous: 'Previous page', first: 'First page', last: 'Last page',
  views: 'Saved views', viewActive: 'View: {{name}}', noViews: 'No saved views yet.', saveView: 'Save this view…', saveViewTitle: 'Save this view',
  viewName: 'Name of the view', viewNameHelp: 'Sorting, page size and filters are saved for you alone; a view saved under an existing name replaces it.',
  deleteView: 'Delete the view {{name}}', updated: 'Updated', any: 'Any',
  atLeast: 'At least {{total}} entries match: narrow the filters to count them exactly.',
};
