/**
 * The rules an account's credentials follow, in one place for the API's schemas and the repositories: usernames,
 * mainland mobile numbers, and password strength after NIST SP 800-63B §5.1.1.2 — at least 8 characters, any
 * characters allowed (no composition rules), up to 200, and refused when the password is a commonly used one, a
 * run of one character or a plain sequence, or contains the account's own username or mobile number.
 */

/** Usernames as the database checks them (users_username_check): lower-case letters, digits and `_ . @ -`. */
export const USERNAME = /^[a-z0-9_.@-]{3,64}$/;
/** A mainland China mobile number (11 digits, 1 then 3–9), as users_phone_format checks it. */
export const MOBILE = /^1[3-9]\d{9}$/;
/** A one-time code sent by SMS: six digits. */
export const SMS_CODE = /^\d{6}$/;

/** NIST SP 800-63B: at least 8 characters. */
export const MIN_PASSWORD_LENGTH = 8;
/** Long passphrases are welcome; the cap only bounds the hashing work of one request. */
export const MAX_PASSWORD_LENGTH = 200;

/** Why a password is refused. */
export type PasswordWeakness = 'length' | 'common' | 'repetitive' | 'personal';

// The most used passwords of at least 8 characters in published leak statistics (NCSC's top-100k list and the
// Chinese site leaks of 2011), lower-cased. A short list on purpose: the point is to stop the first guesses.
const COMMON = new Set([
  'password', 'password1', 'password123', 'passw0rd', 'iloveyou', 'sunshine', 'princess', 'football', 'baseball',
  'welcome1', 'abc12345', 'abcd1234', 'a1234567', 'aa123456', 'a12345678', 'qwerty12', 'qwerty123', 'qwertyui',
  'asdfghjk', 'zxcvbnm1', '1qaz2wsx', '1q2w3e4r', 'q1w2e3r4', 'admin123', 'admin1234', 'woaini1314', 'woaini520',
  'iloveyou1', '5201314520', '52013145', 'dearbook', 'xiaoming', 'changzhi', 'carecircle', 'demo1234', 'test1234',
  '123qweasd', 'qweasdzxc', 'zxcvbnm123', 'aaa111222', 'abc123456', '12qwaszx',
]);

/** Whether every character is the same, or the whole string is one ascending or descending run (12345678, 87654321, abcdefgh). */
function repetitive(s: string): boolean {
  if (new Set(s).size <= 2) return true;
  let up = true;
  let down = true;
  for (let i = 1; i < s.length; i++) {
    const d = s.charCodeAt(i) - s.charCodeAt(i - 1);
    if (d !== 1) up = false;
    if (d !== -1) down = false;
  }
  if (up || down) return true;
  // a short block repeated: 12341234, abcabcabc
  for (let n = 1; n <= s.length / 2; n++) if (s.length % n === 0 && s.slice(0, n).repeat(s.length / n) === s) return true;
  return false;
}

/**
 * Why a new password is too weak, or null when it is acceptable.
 * @param password - the candidate (as typed; compared after NFKC normalisation, as it is hashed)
 * @param personal - the account's own names, which the password must not contain (username, mobile number)
 */
export function passwordWeakness(password: string, personal: ReadonlyArray<string | null | undefined> = []): PasswordWeakness | null {
  const p = password.normalize('NFKC');
  if ([...p].length < MIN_PASSWORD_LENGTH) return 'length';
  const lower = p.toLowerCase();
  if (COMMON.has(lower)) return 'common';
  if (repetitive(lower)) return 'repetitive';
  for (const word of personal) {
    const w = word?.trim().toLowerCase();
    if (w && w.length >= 3 && lower.includes(w)) return 'personal';
  }
  return null;
}

/** A mobile number with its middle four digits hidden (138****0000), for logs and notices. */
export function maskMobile(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : '***';
}
