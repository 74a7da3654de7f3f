/** The link graph around a subject (Cytoscape, loaded on demand); click a node to open that subject. */
import { Box, Group, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Empty, ErrorState, Loading } from '../../components/States.tsx';
import { LEVEL_HEX } from '../../lib/format.ts';
import { navigate } from '../../lib/router.tsx';
import type { Graph } from '../../lib/types.ts';
import { useSubjectGraph } from './useSubject.ts';

export function LinkGraph({ subjectId }: { subjectId: string }) {
  const { t } = useTranslation();
  const q = useSubjectGraph(subjectId, true);
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  if (q.data.edges.length === 0) return <Empty title={t('subject.noLinks')}>{t('subject.noLinksHelp')}</Empty>;
  return <GraphCanvas graph={q.data} centerId={subjectId} />;
}

function GraphCanvas({ graph, centerId }: { graph: Graph; centerId: string }) {
  const { t } = useTranslation();
  const el = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let cy: { destroy(): void } | undefined;
    let gone = false;
    import('cytoscape')
      .then(({ default: cytoscape }) => {
        if (gone || !el.current) return;
        const instance = cytoscape({
          container: el.current,
          elements: [
            ...graph.nodes.map((n) => ({ data: { id: n.id, label: n.label, color: n.threatLevel ? LEVEL_HEX[n.threatLevel] : '#868e96', center: n.id === centerId ? 1 : 0, kind: n.kind } })),
            ...graph.edges.map((e) => ({ data: { id: e.id, source: e.from, target: e.to, label: t(`vocab.link.${e.type}`, { defaultValue: e.type }) } })),
          ],
          style: [
            { selector: 'node', style: { 'background-color': 'data(color)', label: 'data(label)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4, width: 22, height: 22, 'border-width': 2, 'border-color': '#fff' } },
            { selector: 'node[kind = "organisation"]', style: { shape: 'round-rectangle' } },
            { selector: 'node[center = 1]', style: { width: 32, height: 32, 'border-color': '#364fc7', 'border-width': 4, 'font-weight': 'bold' } },
            { selector: 'edge', style: { width: 1.5, 'line-color': '#adb5bd', 'target-arrow-color': '#adb5bd', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(label)', 'font-size': 9, color: '#495057', 'text-background-color': '#fff', 'text-background-opacity': 1 } },
          ],
          layout: { name: 'cose', animate: false, padding: 24 },
          minZoom: 0.2,
          maxZoom: 1.4,
        });
        instance.on('tap', 'node', (evt) => {
          const id = evt.target.id() as string;
          if (id !== centerId) navigate(`/subjects/${id}`);
        });
        instance.on('mouseover', 'node', () => {
          if (el.current) el.current.style.cursor = 'pointer';
        });
        instance.on('mouseout', 'node', () => {
          if (el.current) el.current.style.cursor = '';
        });
        cy = instance;
        setReady(true);
      })
      .catch(() => setFailed(true));
    return () => {
      gone = true;
      cy?.destroy();
    };
  }, [graph, centerId, t]);
  if (failed) return <Text c="red">{t('errors.graph')}</Text>;
  return (
    <Box>
      {!ready && <Loading label={t('common.loadingGraph')} />}
      <div ref={el} data-testid="link-graph" style={{ height: 320, width: '100%', border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4, background: '#fff' }} />
      <Group gap="md" mt={4}>
        <Text size="xs" c="dimmed">
          {t('subject.graphHelp')}
        </Text>
      </Group>
      {/* The same neighbours as links, for keyboard and screen-reader users. */}
      <Group gap="xs" mt={4} aria-label={t('subject.linkedSubjects')}>
        {graph.nodes
          .filter((n) => n.id !== centerId)
          .map((n) => (
            <a key={n.id} href={`/subjects/${n.id}`} onClick={(e) => { e.preventDefault(); navigate(`/subjects/${n.id}`); }} style={{ fontSize: 12 }}>
              {n.label}
            </a>
          ))}
      </Group>
    </Box>
  );
}
