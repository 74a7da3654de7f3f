import { describe, expect, it } from 'vitest';
import { OVERDUE_ROW_STYLE, orderRowProps } from './order-row.ts';

describe('orders table rows', () => {
  it('an overdue order is red and says so in words; others are plain', () => {
    const late = orderRowProps({ state: 'overdue' }, 'Overdue order: the deadline has passed');
    expect(late.style).toBe(OVERDUE_ROW_STYLE);
    expect(String(late.style?.backgroundColor)).toContain('red');
    expect(late.props).toMatchObject({ 'data-overdue': 'true', title: 'Overdue order: the deadline has passed', 'data-state': 'overdue' });
    const pending = orderRowProps({ state: 'pending' }, 'x');
    expect(pending.style).toBeUndefined();
    expect(pending.props['data-overdue']).toBeUndefined();
  });
});
