import { describe, expect, it } from 'vitest';
import { cityToday } from './city-day.ts';

describe('cityToday', () => {
  it("gives the city's date, turning at its midnight, not UTC's", () => {
    // 2026-12-01 15:59:59.999 UTC is 23:59:59.999 in Shanghai; a millisecond later it is 12-02 there
    const before = Date.UTC(2026, 11, 1, 15, 59, 59, 999);
    expect(cityToday(before, 'Asia/Shanghai')).toBe('2026-12-01');
    expect(cityToday(before + 1, 'Asia/Shanghai')).toBe('2026-12-02');
    expect(cityToday(before + 1, 'UTC')).toBe('2026-12-01');
  });

  it('answers from what it kept only within the same minute, in either direction of time', () => {
    const t = Date.UTC(2026, 11, 1, 15, 59, 30);
    expect(cityToday(t, 'Asia/Shanghai')).toBe('2026-12-01');
    expect(cityToday(t + 30_000, 'Asia/Shanghai')).toBe('2026-12-02');
    expect(cityToday(t, 'Asia/Shanghai')).toBe('2026-12-01');
    expect(cityToday(new Date(t - 86_400_000), 'Asia/Shanghai')).toBe('2026-11-30');
  });

  it('keeps zones apart (a 45-minute offset included)', () => {
    const t = Date.UTC(2026, 11, 1, 18, 20);
    expect(cityToday(t, 'Asia/Kathmandu')).toBe('2026-12-02'); // 00:05 there
    expect(cityToday(t, 'America/New_York')).toBe('2026-12-01');
    expect(cityToday(t, 'Asia/Shanghai')).toBe('2026-12-02');
  });
});
