/** An ECharts chart, loaded on demand so the first page stays light. */
import { Box } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from './States.tsx';

type Option = Record<string, unknown>;

export function EChart({ option, height = 260, testId }: { option: Option; height?: number; testId?: string }) {
  const { t } = useTranslation();
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<{ setOption(o: Option, notMerge?: boolean): void; resize(): void; dispose(): void } | null>(null);
  const [ready, setReady] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let disposed = false;
    let ro: ResizeObserver | undefined;
    import('../lib/echarts.ts')
      .then(({ echarts }) => {
        if (disposed || !el.current) return;
        const c = echarts.init(el.current, undefined, { renderer: 'canvas' });
        chart.current = c as unknown as NonNullable<typeof chart.current>;
        ro = new ResizeObserver(() => c.resize());
        ro.observe(el.current);
        setReady(true);
      })
      .catch(() => setFailed(true));
    return () => {
      disposed = true;
      ro?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    if (ready) chart.current?.setOption(option, true);
  }, [ready, option]);

  return (
    <Box pos="relative" h={height} data-testid={testId}>
      {!ready && !failed && (
        <Box pos="absolute" inset={0}>
          <Loading label={t('common.loadingChart')} />
        </Box>
      )}
      {failed && <Box c="red">{t('errors.chart')}</Box>}
      <div ref={el} style={{ width: '100%', height }} />
    </Box>
  );
}
