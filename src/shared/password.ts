/**
 * Password hashing with scrypt (node:crypto; RFC 7914) at the OWASP Password Storage Cheat Sheet's parameters
 * (N = 2^17, r = 8, p = 1), stored as `scrypt$N$r$p$salt$hash` (base64url) so the cost can be raised without breaking
 * old hashes: a hash below today's cost is upgraded at the next successful login (`needsRehash`). Verification is
 * constant-time.
 */
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const N = 2 ** 17;
const R = 8;
const P = 1;
const KEYLEN = 32;
/** scrypt needs 128·N·r bytes; allow twice that. */
const MAXMEM = 256 * 1024 * 1024;

function scrypt(password: string, salt: Buffer, keylen: number, opts: ScryptOptions): Promise<Buffer> {
  return new Promise((res, rej) => scryptCb(password, salt, keylen, opts, (err, key) => (err ? rej(err) : res(key))));
}

/** Hashes a password for storage. */
export async function hashPassword(plain: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(plain.normalize('NFKC'), salt, KEYLEN, { N, r: R, p: P, maxmem: MAXMEM });
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

/** Whether a stored hash was made with a lower cost than today's (upgrade it at the next login). */
export function needsRehash(stored: string): boolean {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  return Number(parts[1]) < N || Number(parts[2]) < R || Number(parts[3]) < P;
}

/** Checks a password against a stored hash; false for malformed hashes. */
export async function verifyPassword(plain: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [, n, r, p, saltB64, keyB64] = parts as [string, string, string, string, string, string];
  if (Number(n) > 2 ** 20 || Number(r) > 16 || Number(p) > 4) return false; // a planted hash must not exhaust memory
  const expected = Buffer.from(keyB64, 'base64url');
  const key = await scrypt(plain.normalize('NFKC'), Buffer.from(saltB64, 'base64url'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: MAXMEM,
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}
