import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';
import type { Assessment, Graph, Report, SubjectAnswer } from '../../lib/types.ts';

export function useSubject(id: string) {
  return useQuery({ queryKey: ['subject', id], queryFn: () => api.get<SubjectAnswer>(`/api/subjects/${id}`) });
}

export function useSubjectReports(id: string, enabled: boolean) {
  return useQuery({ queryKey: ['subject', id, 'reports'], queryFn: () => api.get<Report[]>(`/api/subjects/${id}/reports`), enabled });
}

export function useSubjectGraph(id: string, enabled: boolean) {
  return useQuery({ queryKey: ['subject', id, 'graph'], queryFn: () => api.get<Graph>(`/api/subjects/${id}/graph`), enabled });
}

export function useThreatHistory(kind: string, key: string, enabled = true) {
  return useQuery({
    queryKey: ['threat-history', kind, key],
    queryFn: () => api.get<{ items: Assessment[] }>(`/api/threat-assessments?targetKind=${encodeURIComponent(kind)}&targetKey=${encodeURIComponent(key)}`),
    enabled: enabled && !!key,
  });
}
