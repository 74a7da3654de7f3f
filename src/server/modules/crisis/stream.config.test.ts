import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../platform/config.ts';
import { parseLastEventId } from './stream.service.ts';

describe('crisis live settings', () => {
  it('defaults, reads and refuses bad values naming the setting', () => {
    const c = loadConfig({});
    expect([c.crisisPollMs, c.crisisReplayMax, c.crisisHeartbeatMs]).toEqual([100, 1000, 15_000]);
    expect(loadConfig({ VIGIL_CRISIS_POLL_MS: '250', VIGIL_CRISIS_REPLAY_MAX: '50' })).toMatchObject({ crisisPollMs: 250, crisisReplayMax: 50 });
    expect(() => loadConfig({ VIGIL_CRISIS_POLL_MS: '0' })).toThrow(/VIGIL_CRISIS_POLL_MS/);
    expect(() => loadConfig({ VIGIL_CRISIS_REPLAY_MAX: 'lots' })).toThrow(/VIGIL_CRISIS_REPLAY_MAX/);
  });
  it('takes Last-Event-ID from the header, else the query, and ignores anything but a whole number', () => {
    expect(parseLastEventId('42', '7')).toBe(42);
    expect(parseLastEventId(undefined, '7')).toBe(7);
    expect(parseLastEventId('-1', undefined)).toBeNull();
    expect(parseLastEventId('1e3', undefined)).toBeNull();
    expect(parseLastEventId(undefined, undefined)).toBeNull();
  });
});
