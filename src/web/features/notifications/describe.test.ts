import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import type { Notification } from '../../lib/types.ts';
import { describeNotification } from './describe.ts';

const t = ((key: string, o?: Record<string, unknown>) => `${key}${o ? JSON.stringify(o) : ''}`) as unknown as TFunction;
const base = { id: 'n1', kind: 'threat.level_changed', recordType: 'subject', recordId: 's1', payload: { from: 2, to: 3 }, createdAt: '2026-12-01T10:00:00Z', read: false };

describe('level-change notifications', () => {
  it('name the subject when the server released its name, and read without it otherwise', () => {
    const named = describeNotification({ ...base, recordName: 'Synthetic Person' } as Notification, t);
    expect(named.text).toContain('notifications.levelChangedNamed');
    expect(named.text).toContain('Synthetic Person');
    expect(named.to).toBe('/subjects/s1');
    const unnamed = describeNotification({ ...base, recordName: null } as Notification, t);
    expect(unnamed.text).toContain('notifications.levelChanged{');
    expect(unnamed.to).toBe('/subjects/s1');
  });
});
