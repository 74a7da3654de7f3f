/** Subject actions: edit, follow/unfollow, review (next review date), delete (reason + confirm), add report, add link. */
import { Alert, Button, Group, Menu, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.ts';
import { isoFromToday, todayIso } from '../../lib/format.ts';
import { linkProps, navigate } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import type { Subject } from '../../lib/types.ts';
import { errorText, serverErrors, type FieldErrors } from '../../lib/validation.ts';
import { DateField } from '../../components/DateField.tsx';

export function SubjectActions({ subject }: { subject: Subject }) {
  const { t } = useTranslation();
  const { me, can } = useSession();
  const qc = useQueryClient();
  const [reviewOpen, setReviewOpen] = useState(false);
  const [deleteOpen, setDeleteOpen] = useState(false);
  const [followMsg, setFollowMsg] = useState<string | null>(null);
  const owner = subject.markings.ownerOrgId === me.organisation.id;
  const write = can('intel', 'write');
  const follow = useMutation({
    mutationFn: (on: boolean) => (on ? api.put<{ following: boolean }>(`/api/subjects/${subject.id}/follow`) : api.del<{ following: boolean }>(`/api/subjects/${subject.id}/follow`)),
    onSuccess: (r) => {
      setFollowMsg(r.following ? t('subject.followingNow') : t('subject.notFollowingNow'));
      qc.setQueryData<Subject>(['subject', subject.id], (s) => (s ? { ...s, following: r.following } : s));
    },
    onError: (e) => setFollowMsg(errorText(e, t)),
  });
  return (
    <Stack gap={4} align="flex-end">
      <Group gap="xs" justify="flex-end">
        {write && owner && (
          <Button size="xs" component="a" {...linkProps(`/subjects/${subject.id}/edit`)} data-testid="edit-subject">
            {t('common.edit')}
          </Button>
        )}
        {write && (
          <Button size="xs" variant="light" component="a" {...linkProps(`/reports/new?subject=${subject.id}`)} data-testid="add-report">
            {t('subject.addReport')}
          </Button>
        )}
        {write && (
          <Button size="xs" variant="light" component="a" {...linkProps(`/links/new?from=${subject.id}`)} data-testid="add-link">
            {t('subject.addLink')}
          </Button>
        )}
        {can('threat', 'write') && (
          <Button size="xs" variant="light" color="orange" component="a" {...linkProps(`/threat?kind=subject&key=${subject.id}`)}>
            {t('threat.assess')}
          </Button>
        )}
        <Menu position="bottom-end">
          <Menu.Target>
            <Button size="xs" variant="default" data-testid="more-actions">
              {t('common.more')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {subject.following ? (
              <Menu.Item onClick={() => follow.mutate(false)} data-testid="unfollow">
                {t('subject.unfollow')}
              </Menu.Item>
            ) : (
              <Menu.Item onClick={() => follow.mutate(true)} data-testid="follow">
                {t('subject.follow')}
              </Menu.Item>
            )}
            {write && owner && <Menu.Divider />}
            {write && owner && <Menu.Item onClick={() => setReviewOpen(true)}>{t('review.action')}</Menu.Item>}
            {write && owner && (
              <Menu.Item color="red" onClick={() => setDeleteOpen(true)}>
                {t('common.delete')}
              </Menu.Item>
            )}
          </Menu.Dropdown>
        </Menu>
      </Group>
      {followMsg && (
        <Text size="xs" c="dimmed" role="status">
          {followMsg}
        </Text>
      )}
      <ReviewModal
        opened={reviewOpen}
        onClose={() => setReviewOpen(false)}
        subjectId={subject.id}
        label={subject.names[0] ?? ''}
        onDone={() => {
          void qc.invalidateQueries({ queryKey: ['subject', subject.id] });
          void qc.invalidateQueries({ queryKey: ['review-queue'] });
        }}
      />
      <DeleteModal opened={deleteOpen} onClose={() => setDeleteOpen(false)} subject={subject} />
    </Stack>
  );
}

/** Sets the next review date of a subject, or of the record at `path` (a report), as the owner's retention review. */
export function ReviewModal({ opened, onClose, subjectId, label, onDone, path }: { opened: boolean; onClose: () => void; subjectId: string; label: string; onDone: () => void; path?: string }) {
  const { t } = useTranslation();
  const [date, setDate] = useState(isoFromToday(12));
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const m = useMutation({
    mutationFn: () => api.post(path ?? `/api/subjects/${subjectId}/review`, { nextReviewDate: date, note }),
    onSuccess: () => {
      onDone();
      onClose();
    },
    onError: (e) => setErrors(serverErrors(e, t)),
  });
  const submit = () => {
    if (!date) return setErrors({ nextReviewDate: t('validation.required') });
    if (date <= todayIso()) return setErrors({ nextReviewDate: t('review.future') });
    setErrors({});
    m.mutate();
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('review.modalTitle', { label })}>
      <Stack>
        <Text size="sm">{t('review.modalHelp')}</Text>
        {errors._ && <Alert color="red">{errors._}</Alert>}
        <DateField label={t('review.nextDate')} value={date} min={isoFromToday(0, 1)} max={isoFromToday(36)} onChange={setDate} error={errors.nextReviewDate} data-autofocus data-testid="review-date" />
        <Textarea label={t('review.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} loading={m.isPending} data-testid="review-submit">
            {t('review.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function DeleteModal({ opened, onClose, subject }: { opened: boolean; onClose: () => void; subject: Subject }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [reason, setReason] = useState('');
  const [confirm, setConfirm] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const m = useMutation({
    mutationFn: () => api.del(`/api/subjects/${subject.id}`, { reason: reason.trim() }),
    onSuccess: () => {
      qc.removeQueries({ queryKey: ['subject', subject.id] });
      void qc.invalidateQueries({ queryKey: ['subjects'] });
      onClose();
      navigate('/subjects?deleted=1', { replace: true });
    },
    onError: (e) => setErrors(serverErrors(e, t)),
  });
  const close = () => {
    setConfirm(false);
    onClose();
  };
  const next = () => {
    if (reason.trim().length < 5) return setErrors({ reason: t('validation.reason') });
    setErrors({});
    if (!confirm) return setConfirm(true);
    m.mutate();
  };
  return (
    <Modal opened={opened} onClose={close} title={t('subject.deleteTitle', { label: subject.names[0] })}>
      <Stack>
        <Text size="sm">{t('subject.deleteHelp')}</Text>
        {errors._ && <Alert color="red">{errors._}</Alert>}
        <Textarea label={t('subject.deleteReason')} required value={reason} onChange={(e) => { setReason(e.currentTarget.value); setConfirm(false); }} error={errors.reason} autosize minRows={2} data-autofocus />
        {confirm && (
          <Alert color="red" title={t('subject.deleteSure')}>
            {t('subject.deleteSureHelp')}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={next} loading={m.isPending} data-testid="delete-confirm">
            {confirm ? t('subject.deleteNow') : t('common.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
