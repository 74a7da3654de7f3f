/** Hooks shared by the crisis screens: the incident read, its live stream, and refreshing after a change. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api } from '../../lib/api.ts';
import type { IncidentDetail } from './types.ts';

/** The incident (header, rights, lastEventId for the stream); every query of the incident sits under its key. */
export function useIncident(id: string) {
  return useQuery({ queryKey: ['crisis', 'incident', id], queryFn: () => api.get<IncidentDetail>(`/api/crisis/incidents/${id}`) });
}

/** Refetches every query of the incident (the incident, log, boards, review, timeline). */
export function useInvalidate(id: string) {
  const qc = useQueryClient();
  return () => void qc.invalidateQueries({ queryKey: ['crisis', 'incident', id] });
}

/** Subscribes to the incident's stream; every event (and snapshot-required) refetches the incident's queries. */
export function useLive(id: string, lastEventId: number | undefined) {
  const qc = useQueryClient();
  const [live, setLive] = useState(false);
  useEffect(() => {
    if (lastEventId === undefined) return;
    const es = new EventSource(`/api/crisis/incidents/${id}/stream?lastEventId=${lastEventId}`);
    let timer: ReturnType<typeof setTimeout> | null = null;
    const refresh = () => {
      if (timer) return;
      timer = setTimeout(() => { timer = null; void qc.invalidateQueries({ queryKey: ['crisis', 'incident', id] }); }, 50);
    };
    es.onopen = () => setLive(true);
    es.onerror = () => setLive(false);
    es.onmessage = refresh;
    es.addEventListener('snapshot-required', refresh);
    for (const k of ['incident', 'log', 'task', 'unit', 'sitrep', 'review', 'action', 'participant', 'activation', 'protocol', 'subject', 'alert']) es.addEventListener(k, refresh);
    return () => { es.close(); if (timer) clearTimeout(timer); };
    // The stream opens once per incident; EventSource reconnects itself with Last-Event-ID.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, lastEventId === undefined]);
  return live;
}
