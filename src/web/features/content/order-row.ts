/** How a row of the orders table looks and is named (kept apart from the component so it can be tested without a browser). */
import type { CSSProperties } from 'react';

/** An overdue order's row: red (background and a red edge), with the words in its first cell (hidden text, read by screen readers) and as its tooltip. */
export const OVERDUE_ROW_STYLE: CSSProperties = { backgroundColor: 'var(--mantine-color-red-1)', boxShadow: 'inset 4px 0 0 var(--mantine-color-red-7)' };

export function orderRowProps(o: { state: string }, overdueLabel: string): { props: Record<string, string>; style: CSSProperties | undefined } {
  const overdue = o.state === 'overdue';
  return {
    props: { 'data-testid': 'order-row', 'data-state': o.state, ...(overdue ? { 'data-overdue': 'true', title: overdueLabel } : {}) },
    style: overdue ? OVERDUE_ROW_STYLE : undefined,
  };
}
