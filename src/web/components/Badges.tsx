/** Small coloured labels: threat level, 4x4 grade, TLP, classification, category. */
import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LEVEL_COLOR } from '../lib/format.ts';

export function ThreatBadge({ level, size = 'sm' }: { level: number | null | undefined; size?: 'xs' | 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  if (!level) {
    return (
      <Badge size={size} color="gray" variant="outline">
        {t('threat.notAssessed')}
      </Badge>
    );
  }
  return (
    <Tooltip label={t(`threat.levelDesc.${level}`)}>
      <Badge size={size} color={LEVEL_COLOR[level]} variant="filled" data-testid="threat-badge" c={level === 2 ? 'dark' : undefined}>
        {level} · {t(`threat.level.${level}`)}
      </Badge>
    </Tooltip>
  );
}

/** Europol 4x4 grade like "B2", with its meaning on hover. */
export function GradeBadge({ reliability, credibility }: { reliability: string; credibility: string }) {
  const { t } = useTranslation();
  const color = reliability === 'A' ? 'teal' : reliability === 'B' ? 'blue' : reliability === 'C' ? 'grape' : 'gray';
  return (
    <Tooltip label={`${t(`grade.reliability.${reliability}`)} · ${t(`grade.credibility.${credibility}`)}`}>
      <Badge color={color} variant="light" ff="monospace" data-testid="grade">
        {reliability}
        {credibility}
      </Badge>
    </Tooltip>
  );
}

/** TLP 2.0: coloured text on black, as the standard prescribes. */
export const TLP_FG: Record<string, string> = { clear: '#FFFFFF', green: '#33FF00', amber: '#FFC000', 'amber+strict': '#FFC000', red: '#FF2B2B' };

export function TlpBadge({ tlp }: { tlp: string }) {
  return (
    <span style={{ background: '#000', color: TLP_FG[tlp] ?? '#fff', fontWeight: 700, padding: '1px 6px', borderRadius: 3, fontSize: 12, fontFamily: 'monospace', whiteSpace: 'nowrap' }} data-testid="tlp">
      TLP:{tlp.toUpperCase()}
    </span>
  );
}

export const CLASSIFICATION_COLOR: Record<string, string> = {
  unclassified: 'green',
  restricted: 'blue',
  confidential: 'violet',
  secret: 'red',
  top_secret: 'orange',
};

export function ClassificationBadge({ value }: { value: string }) {
  const { t } = useTranslation();
  return (
    <Badge color={CLASSIFICATION_COLOR[value] ?? 'gray'} variant="light" radius="sm">
      {t(`vocab.classification.${value}`)}
    </Badge>
  );
}

export function CategoryBadge({ value }: { value: string | null }) {
  const { t } = useTranslation();
  if (!value) return <span>—</span>;
  return (
    <Tooltip label={t(`vocab.category.${value}`)}>
      <Badge variant="outline" color="dark" radius="sm">
        {value}
      </Badge>
    </Tooltip>
  );
}
