/**
 * The offences a subject is classified under (issue #16), chosen from the legal registry's offences.
 * Everyone who reads the subject sees them; the owner organisation's writers change them.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../lib/session.tsx';
import type { Subject } from '../../lib/types.ts';
import { OffencesPanel, saveOffences } from '../legal/OffencesPanel.tsx';

export function SubjectOffences({ subject }: { subject: Subject }) {
  const { t } = useTranslation();
  const { me, can } = useSession();
  const qc = useQueryClient();
  return (
    <OffencesPanel
      offences={subject.offences ?? []}
      editable={can('intel', 'write') && subject.markings.ownerOrgId === me.organisation.id}
      help={t('legal.subjectOffences.help')}
      save={saveOffences(`/api/subjects/${subject.id}/offences`)}
      onSaved={(offences) => qc.setQueryData<Subject>(['subject', subject.id], (s) => (s ? { ...s, offences } : s))}
    />
  );
}
