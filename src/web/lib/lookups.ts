/** Shared reference data: organisations and sharing groups (every signed-in user may list them). */
import { useQuery } from '@tanstack/react-query';
import { api } from './api.ts';
import type { Group, Organisation } from './types.ts';

export function useOrganisations() {
  return useQuery({ queryKey: ['organisations'], queryFn: () => api.get<Organisation[]>('/api/organisations'), staleTime: 5 * 60_000 });
}

export function useGroups() {
  return useQuery({ queryKey: ['groups'], queryFn: () => api.get<Group[]>('/api/groups'), staleTime: 5 * 60_000 });
}
