/**
 * A button whose action waits for a confirmation in a modal (instead of the browser's plain confirm()):
 * the question, then Cancel and the action named again in the action's colour.
 */
import { Button, Group, Modal, Stack, Text, type ButtonProps } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props extends Omit<ButtonProps, 'onClick'> {
  /** The question asked, naming what happens. */
  question: ReactNode;
  /** The confirming button's text (defaults to the button's own label). */
  confirmLabel?: ReactNode;
  /** The modal's title (defaults to the button's own label). */
  title?: ReactNode;
  onConfirm: () => void;
  children: ReactNode;
  'data-testid'?: string;
}

export function ConfirmButton({ question, confirmLabel, title, onConfirm, children, color = 'red', loading, ...rest }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const testId = rest['data-testid'];
  return (
    <>
      <Button color={color} loading={loading} {...rest} onClick={() => setOpen(true)}>
        {children}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={title ?? children} centered data-testid={testId ? `${testId}-confirm-dialog` : undefined}>
        <Stack gap="md">
          <Text size="sm">{question}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button
              color={color}
              onClick={() => {
                setOpen(false);
                onConfirm();
              }}
              data-testid={testId ? `${testId}-confirm` : 'confirm-action'}
            >
              {confirmLabel ?? children}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
