import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('the sharing settings', () => {
  it('have their documented defaults', () => {
    expect(loadConfig({}).sharing).toEqual({ indexMs: 2000, pullMs: 30_000, timeoutMs: 15_000, longPollS: 25, pageSize: 1000, fanOut: 25, jobs: true, freshWaitMs: 0 });
  });

  it('are read from the environment', () => {
    const s = loadConfig({ VIGIL_SHARING_INDEX_MS: '100', VIGIL_SHARING_PULL_MS: '200', VIGIL_SHARING_TIMEOUT_MS: '300', VIGIL_SHARING_LONGPOLL_S: '4', VIGIL_SHARING_PAGE: '50', VIGIL_SHARING_FANOUT: '7', VIGIL_SHARING_JOBS: '0', VIGIL_SHARING_FRESH_WAIT_MS: '900' }).sharing;
    expect(s).toEqual({ indexMs: 100, pullMs: 200, timeoutMs: 300, longPollS: 4, pageSize: 50, fanOut: 7, jobs: false, freshWaitMs: 900 });
  });

  it('refuse a value that is no positive whole number, naming the variable', () => {
    expect(() => loadConfig({ VIGIL_SHARING_PAGE: 'lots' })).toThrow(/VIGIL_SHARING_PAGE/);
    expect(() => loadConfig({ VIGIL_SHARING_FANOUT: '-1' })).toThrow(/VIGIL_SHARING_FANOUT/);
    expect(() => loadConfig({ VIGIL_SHARING_FRESH_WAIT_MS: '-5' })).toThrow(/VIGIL_SHARING_FRESH_WAIT_MS must be a whole number/);
  });
});

describe('the reminder jobs setting', () => {
  it('defaults to hourly, takes 0 to switch the jobs off, and refuses anything else naming the variable', () => {
    expect(loadConfig({}).reminderMinutes).toBe(60);
    expect(loadConfig({ VIGIL_REMINDER_MINUTES: '0' }).reminderMinutes).toBe(0);
    expect(loadConfig({ VIGIL_REMINDER_MINUTES: '15' }).reminderMinutes).toBe(15);
    expect(() => loadConfig({ VIGIL_REMINDER_MINUTES: 'soon' })).toThrow(/VIGIL_REMINDER_MINUTES/);
  });
});

describe('the admission settings', () => {
  it('default to 16 requests at once and 2000 waiting, take 0 to switch the gate off, and refuse anything else naming the variable', () => {
    expect(loadConfig({})).toMatchObject({ activeRequests: 16, queuedRequests: 2000 });
    expect(loadConfig({ VIGIL_ACTIVE_REQUESTS: '0', VIGIL_QUEUED_REQUESTS: '10' })).toMatchObject({ activeRequests: 0, queuedRequests: 10 });
    expect(() => loadConfig({ VIGIL_ACTIVE_REQUESTS: 'many' })).toThrow(/VIGIL_ACTIVE_REQUESTS/);
    expect(() => loadConfig({ VIGIL_QUEUED_REQUESTS: '-1' })).toThrow(/VIGIL_QUEUED_REQUESTS/);
  });

  it('give ordinary requests 8 places while screens go on, take another positive number, and refuse 0 or words naming the variable', () => {
    expect(loadConfig({})).toMatchObject({ activeRequestsWhileScreening: 8 });
    expect(loadConfig({ VIGIL_ACTIVE_REQUESTS_WHILE_SCREENING: '4' })).toMatchObject({ activeRequestsWhileScreening: 4 });
    expect(() => loadConfig({ VIGIL_ACTIVE_REQUESTS_WHILE_SCREENING: '0' })).toThrow(/VIGIL_ACTIVE_REQUESTS_WHILE_SCREENING/);
    expect(() => loadConfig({ VIGIL_ACTIVE_REQUESTS_WHILE_SCREENING: 'half' })).toThrow(/VIGIL_ACTIVE_REQUESTS_WHILE_SCREENING/);
  });
});
