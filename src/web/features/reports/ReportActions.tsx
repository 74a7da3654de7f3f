/**
 * What can be done from a report's page, as the intel API offers it: review it (its owner, with write
 * permission: the next review date), link its subjects to others (a link joins two subjects), write a
 * new report. The API has no change of an existing report, so there is no edit action.
 */
import { Button, Group } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { linkProps } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import type { Report } from '../../lib/types.ts';
import { ReviewModal } from '../subjects/SubjectActions.tsx';

export function ReportActions({ report }: { report: Report }) {
  const { t } = useTranslation();
  const { me, can } = useSession();
  const qc = useQueryClient();
  const [reviewOpen, setReviewOpen] = useState(false);
  const write = can('intel', 'write');
  const owner = report.markings.ownerOrgId === me.organisation.id;
  const subject = report.subjectIds[0];
  if (!write) return null;
  return (
    <Group gap="xs" data-testid="report-actions">
      {owner && (
        <Button variant="default" size="xs" onClick={() => setReviewOpen(true)} data-testid="report-review">
          {t('review.action')}
        </Button>
      )}
      {subject && (
        <Button variant="default" size="xs" component="a" {...linkProps(`/links/new?from=${subject}`)} data-testid="report-link-subjects">
          {t('link.new')}
        </Button>
      )}
      <Button variant="light" size="xs" component="a" {...linkProps('/reports/new')} data-testid="report-new">
        {t('report.new')}
      </Button>
      <ReviewModal
        opened={reviewOpen}
        onClose={() => setReviewOpen(false)}
        subjectId={report.id}
        path={`/api/reports/${report.id}/review`}
        label={report.title}
        onDone={() => {
          void qc.invalidateQueries({ queryKey: ['report', report.id] });
          void qc.invalidateQueries({ queryKey: ['review-queue'] });
        }}
      />
    </Group>
  );
}
