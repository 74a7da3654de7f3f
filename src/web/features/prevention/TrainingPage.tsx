/**
 * The cultural-competency training, made for a phone (one column at 390 px, large touch targets) and
 * installable: on the training pages only, the page links the training's web manifest and registers
 * its service worker (scope /training).
 */
import { Alert, Anchor, Badge, Button, Card, Group, Paper, Progress as Bar, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, Loading } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { Link, setQuery, useLocation } from '../../lib/router.tsx';
import { ActError, PreventionTabs, useAct } from './common.tsx';
import type { AnswerResult, TrainingModule, TrainingModuleSummary } from './types.ts';

const LANGS = ['en', 'nl', 'fr'] as const;

/** Links the manifest and registers the service worker while a training page is open. */
function useInstallable(): void {
  useEffect(() => {
    let link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
    const added = !link;
    if (!link) {
      link = document.createElement('link');
      link.rel = 'manifest';
      link.href = '/training-app/manifest.webmanifest';
      document.head.appendChild(link);
    }
    if ('serviceWorker' in navigator) void navigator.serviceWorker.register('/training-app/sw.js', { scope: '/training' }).catch(() => undefined);
    return () => {
      if (added) link?.remove();
    };
  }, []);
}

/** The language of the training content: chosen on the page (kept in the address, ?lang=), else the interface's. */
function useTrainingLang(): [(typeof LANGS)[number], (l: string) => void] {
  const { i18n } = useTranslation();
  const loc = useLocation();
  const chosen = loc.query.get('lang') ?? i18n.language.slice(0, 2);
  const lang = (LANGS as readonly string[]).includes(chosen) ? (chosen as (typeof LANGS)[number]) : 'en';
  return [lang, (l) => setQuery({ lang: l })];
}

export default function TrainingPage({ id }: { id?: string }) {
  const { t } = useTranslation();
  useInstallable();
  const [lang, setLang] = useTrainingLang();
  return (
    <Stack gap="sm" maw={720} data-testid="training">
      <PreventionTabs />
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>{t('prevention.training.title')}</Title>
        <SegmentedControl size="xs" aria-label={t('prevention.training.language')} value={lang} onChange={setLang} data={LANGS.map((l) => ({ value: l, label: l.toUpperCase() }))} data-testid="training-lang" />
      </Group>
      {id ? <ModuleRun id={id} lang={lang} /> : <ModuleList lang={lang} />}
    </Stack>
  );
}

function ModuleList({ lang }: { lang: string }) {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['training-modules', lang], queryFn: () => api.get<TrainingModuleSummary[]>(`/api/prevention/training/modules?lang=${lang}`) });
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorState error={q.error} />;
  return (
    <Stack gap="sm">
      <Text size="sm">{t('prevention.training.intro')}</Text>
      {q.data.map((m) => (
        <Card key={m.id} withBorder padding="md" data-testid="training-module">
          <Text fw={700}>{m.title}</Text>
          <Text size="sm" c="dimmed">{m.summary}</Text>
          <Bar value={(100 * m.progress.answered) / Math.max(1, m.progress.total)} mt="xs" aria-label={t('prevention.training.progress', { ...m.progress })} />
          <Group justify="space-between" mt="xs" wrap="nowrap">
            <Text size="xs">{t('prevention.training.progress', { ...m.progress })}</Text>
            <Button component={Link} to={`/training/${m.id}?lang=${lang}`} size="md" data-testid="start-module">
              {m.progress.completed ? t('prevention.training.review') : m.progress.answered ? t('prevention.training.continue') : t('prevention.training.start')}
            </Button>
          </Group>
        </Card>
      ))}
      <Text size="xs" c="dimmed">{t('prevention.training.install')}</Text>
    </Stack>
  );
}

function ModuleRun({ id, lang }: { id: string; lang: string }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['training-module', id, lang], queryFn: () => api.get<TrainingModule>(`/api/prevention/training/modules/${id}?lang=${lang}`) });
  const [index, setIndex] = useState<number | null>(null);
  const [result, setResult] = useState<AnswerResult | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const act = useAct((v: { scenarioId: string; optionId: string }) => api.post<AnswerResult>(`/api/prevention/training/modules/${id}/answers?lang=${lang}`, v), [['training-modules']], setResult);
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorState error={q.error} />;
  const m = q.data;
  const i = index ?? Math.max(0, m.scenarioList.findIndex((s) => !s.answered));
  const s = m.scenarioList[i];
  const done = result?.progress.completed ?? m.progress.completed;
  if (!s) return null;
  const next = () => {
    setResult(null);
    setChosen(null);
    if (i + 1 < m.scenarioList.length) setIndex(i + 1);
    else void qc.invalidateQueries({ queryKey: ['training-module', id] });
  };
  return (
    <Stack gap="sm">
      <Anchor component={Link} to={`/training?lang=${lang}`} size="sm">← {t('prevention.training.finish')}</Anchor>
      <Title order={3}>{m.title}</Title>
      <Text size="sm" c="dimmed" data-testid="scenario-count">{t('prevention.training.scenario', { n: i + 1, total: m.scenarioList.length })}</Text>
      <Card withBorder padding="md">
        <Text data-testid="situation">{s.situation}</Text>
        <Text fw={700} mt="sm">{s.question}</Text>
        <Stack gap="xs" mt="sm">
          {s.options.map((o) =>
            result ? (
              <Paper
                key={o.id}
                withBorder
                p="sm"
                style={{ borderColor: o.id === result.rightOptionId ? 'var(--mantine-color-green-6)' : o.id === chosen ? 'var(--mantine-color-orange-6)' : undefined, borderWidth: o.id === result.rightOptionId || o.id === chosen ? 2 : 1 }}
                data-testid="option-result"
              >
                <Text size="sm">{o.id === result.rightOptionId ? '✓ ' : o.id === chosen ? '✗ ' : ''}{o.text}</Text>
              </Paper>
            ) : (
              <Button
                key={o.id}
                variant="default"
                size="md"
                fullWidth
                styles={{ root: { height: 'auto', minHeight: 48, whiteSpace: 'normal', textAlign: 'left', paddingBlock: 8 }, label: { whiteSpace: 'normal' } }}
                onClick={() => {
                  setChosen(o.id);
                  act.mutate({ scenarioId: s.id, optionId: o.id });
                }}
                loading={act.isPending && chosen === o.id}
                data-testid="option"
              >
                {o.text}
              </Button>
            ),
          )}
        </Stack>
      </Card>
      <ActError error={act.error} />
      {result && (
        <Alert color={result.correct ? 'green' : 'orange'} title={result.correct ? t('prevention.training.right') : t('prevention.training.wrong')} data-testid="feedback">
          {result.feedback}
        </Alert>
      )}
      {result && i + 1 < m.scenarioList.length && <Button size="md" onClick={next} data-testid="next-scenario">{t('prevention.training.next')}</Button>}
      {result && i + 1 >= m.scenarioList.length && done && (
        <Alert color="blue" data-testid="module-done">
          <Badge color="green" mr="xs">{t('prevention.training.done')}</Badge>
          {t('prevention.training.completedAll', { correct: result.progress.correct, total: result.progress.total })}
        </Alert>
      )}
    </Stack>
  );
}
