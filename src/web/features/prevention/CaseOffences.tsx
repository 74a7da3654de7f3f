/**
 * The offences a prevention case is classified under (issue #16), chosen from the legal registry's
 * offences: read with the case (GET /api/prevention/cases/:id/offences); its participating members with
 * prevention write right change them.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorState, Loading } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { OffencesPanel, saveOffences, type ClassifiedOffence } from '../legal/OffencesPanel.tsx';

interface CaseOffenceList { offences: ClassifiedOffence[]; editable: boolean }

export function CaseOffences({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const key = ['prevention-case-offences', caseId];
  const q = useQuery({ queryKey: key, queryFn: () => api.get<CaseOffenceList>(`/api/prevention/cases/${caseId}/offences`) });
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  return (
    <OffencesPanel
      offences={q.data.offences}
      editable={q.data.editable}
      help={t('legal.caseOffences.help')}
      save={saveOffences(`/api/prevention/cases/${caseId}/offences`)}
      onSaved={(offences) => qc.setQueryData<CaseOffenceList>(key, (x) => (x ? { ...x, offences } : x))}
    />
  );
}
