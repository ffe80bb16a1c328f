/** Request and response schemas of the account endpoints (one zod schema → validation, OpenAPI, the web's types). */
import { z } from '@hono/zod-openapi';
import { ROLES } from '../../db/repos/index.ts';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, MOBILE, SMS_CODE, USERNAME } from '../../shared/account-rules.ts';
import { pageQuery } from '../schemas.ts';

export const roleSchema = z.enum(ROLES).openapi('Role');

/** A username as typed: trimmed and lower-cased before the check. */
export const usernameField = z.string().trim().toLowerCase().regex(USERNAME, 'invalid_username').openapi({ example: 'li.ming', description: '3–64 characters: a–z, 0–9, _ . @ - (stored lower-case)' });
export const mobileField = z.string().trim().regex(MOBILE, 'invalid_mobile').openapi({ example: '13800000000', description: 'Mainland mobile number, 11 digits' });
export const smsCodeField = z.string().trim().regex(SMS_CODE, 'invalid_format').openapi({ example: '123456', description: 'The six digits sent by SMS' });
export const newPasswordField = z.string().min(MIN_PASSWORD_LENGTH).max(MAX_PASSWORD_LENGTH).openapi({ description: `At least ${MIN_PASSWORD_LENGTH} characters; not a common password, not the username or mobile number` });
export const displayNameField = z.string().trim().min(1).max(60).openapi({ example: '李明' });
const idField = z.string().trim().max(100);

export const accountSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    role: roleSchema,
    facilityId: z.string().nullable(),
    facilityName: z.string().nullable(),
    divisionId: z.string().nullable(),
    divisionName: z.string().nullable(),
    medicalInstitutionId: z.string().nullable(),
    medicalInstitutionName: z.string().nullable(),
    phone: z.string().nullable(),
    phoneVerified: z.boolean().openapi({ description: 'The number was proven with an SMS code (self sign-up)' }),
    disabled: z.boolean(),
    disabledAt: z.string().nullable(),
    secondFactor: z.boolean().openapi({ description: 'TOTP second factor on' }),
    mustChangePassword: z.boolean().openapi({ description: 'A temporary password set by staff is in force' }),
    createdAt: z.string(),
  })
  .openapi('Account');

export const accountPageSchema = z.object({ items: z.array(accountSchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() }).openapi('AccountPage');

export const createdAccountSchema = z
  .object({
    id: z.string(),
    account: accountSchema,
    temporaryPassword: z.string().nullable().openapi({ description: 'Shown once when the server made the password (none was given): hand it over; it must be changed at first login' }),
    temporaryUntil: z.string().nullable(),
  })
  .openapi('CreatedAccount');

export const newAccountSchema = z
  .object({
    username: usernameField,
    password: z.string().min(MIN_PASSWORD_LENGTH).max(MAX_PASSWORD_LENGTH).optional().openapi({ description: 'Omit it to get a temporary password (shown once, to be changed at first login)' }),
    role: roleSchema,
    displayName: displayNameField,
    facilityId: idField.nullable().optional().openapi({ description: 'teacher, director: their facility' }),
    divisionId: idField.nullable().optional().openapi({ description: 'district_official: a county-level division (区/县)' }),
    medicalInstitutionId: idField.nullable().optional().openapi({ description: 'health_worker: their medical institution' }),
    phone: mobileField.nullable().optional().openapi({ description: 'Optional mobile number (unverified until its owner proves it)' }),
  })
  .strict()
  .openapi('NewAccount');

export const newTeacherSchema = z
  .object({
    username: usernameField,
    displayName: displayNameField,
    phone: mobileField.nullable().optional(),
    facilityId: idField.optional().openapi({ description: "Administrators name the facility; a director's teacher is always at the director's own" }),
  })
  .strict()
  .openapi('NewTeacher');

export const accountPatchSchema = z.object({ displayName: displayNameField }).strict().openapi('AccountPatch');
export const resetRequestSchema = z.object({ clearSecondFactor: z.boolean().optional().openapi({ description: 'Also turn the second factor off (a lost authenticator)' }) }).strict();

export const passwordResetAnswer = z
  .object({ temporaryPassword: z.string().openapi({ description: 'Shown once; valid until temporaryUntil and only for choosing a new password' }), temporaryUntil: z.string() })
  .openapi('TemporaryPassword');

export const accountQuerySchema = z
  .object({
    ...pageQuery,
    role: roleSchema.optional(),
    facilityId: idField.optional(),
    divisionId: idField.optional(),
    medicalInstitutionId: idField.optional(),
    disabled: z.enum(['true', 'false']).optional(),
    q: z.string().max(64).optional().openapi({ description: 'Part of the username, name or mobile number' }),
  })
  .strict();

export const teacherQuerySchema = z.object({ ...pageQuery, facilityId: idField.optional(), disabled: z.enum(['true', 'false']).optional(), q: z.string().max(64).optional() }).strict();

export const roleInfoSchema = z
  .object({
    items: z.array(
      z.object({
        role: roleSchema,
        binding: z.enum(['facility', 'division', 'institution', 'none']).openapi({ description: 'What the account is bound to (the field the create form asks for)' }),
        secondFactor: z.boolean().openapi({ description: 'May turn on the TOTP second factor' }),
      }),
    ),
  })
  .openapi('AccountRoles');
