import { describe, expect, it } from 'vitest';
import { maskMobile, MOBILE, passwordWeakness, USERNAME } from './account-rules.ts';

describe('password strength (NIST SP 800-63B §5.1.1.2)', () => {
  it('refuses short passwords, counting characters rather than UTF-16 units', () => {
    expect(passwordWeakness('abc1234')).toBe('length');
    expect(passwordWeakness('托育服务平台密码')).toBeNull(); // 8 Chinese characters are 8 characters
    expect(passwordWeakness('😀😀😀😀x1y')).toBe('length'); // 7 characters, 11 UTF-16 units
  });

  it('refuses common passwords in any case, and runs or repeats', () => {
    for (const p of ['password', 'PassWord1', 'demo1234', '12345678', '87654321', 'abcdefgh', '11111111', '12341234', 'abababab', 'woaini1314']) expect(passwordWeakness(p), p).not.toBeNull();
  });

  it('refuses passwords containing the account’s username or mobile number', () => {
    expect(passwordWeakness('wanglin-2026', ['wanglin'])).toBe('personal');
    expect(passwordWeakness('x13800000000', ['13800000000'])).toBe('personal');
    expect(passwordWeakness('Tk7#vq9!mz', ['wanglin', null])).toBeNull();
  });

  it('accepts ordinary passphrases without composition rules', () => {
    for (const p of ['correct horse battery staple', 'qiuyue-2026-teacher', 'Tk7#vq9!mz']) expect(passwordWeakness(p), p).toBeNull();
  });
});

describe('usernames and mobile numbers', () => {
  it('match what the database checks', () => {
    expect(USERNAME.test('li.ming@pointA')).toBe(false); // upper case is lowered before the check
    expect(USERNAME.test('li.ming@point-a')).toBe(true);
    expect(USERNAME.test('ab')).toBe(false);
    expect(MOBILE.test('13800000000')).toBe(true);
    expect(MOBILE.test('12800000000')).toBe(false);
    expect(MOBILE.test('1380000000')).toBe(false);
  });

  it('masks the middle of a mobile number', () => {
    expect(maskMobile('13812345678')).toBe('138****5678');
  });
});
