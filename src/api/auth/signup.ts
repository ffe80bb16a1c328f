/**
 * Guardians sign up with a mobile number (家长手机号注册), and anyone resets a forgotten password, with a six-digit code
 * sent by SMS through the notification outbox. In demo mode (`carecircle demo`) the answer also carries the code
 * (`demoCode`) and the server log prints it, so the demo works without a phone; never otherwise.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute, z } from '@hono/zod-openapi';
import type { Db } from '../../db/index.ts';
import { maskMobile } from '../../shared/account-rules.ts';
import type { ApiEnv } from '../context.ts';
import { errorResponses, json } from '../schemas.ts';
import { displayNameField, mobileField, newPasswordField, smsCodeField } from '../accounts/schemas.ts';
import { clientAddress } from './client-address.ts';
import { sessionSchema } from './routes.ts';
import { openSession } from './session-cookie.ts';

const e = errorResponses;
const body = <T extends z.ZodType>(schema: T) => ({ body: { required: true, content: { 'application/json': { schema } } } });

const codeSentSchema = z
  .object({
    expiresInSeconds: z.number().int(),
    resendAfterSeconds: z.number().int(),
    demoCode: z.string().optional().openapi({ description: 'Demo mode only: the code itself (a real deployment sends it by SMS and never answers it)' }),
  })
  .openapi('CodeSent');

const startSignup = createRoute({
  method: 'post',
  path: '/api/auth/signup/start',
  tags: ['auth'],
  summary: 'Send a sign-up code to a mobile number without an account (guardians)',
  request: body(z.object({ phone: mobileField }).strict()),
  responses: { 202: json(codeSentSchema, 'The code is on its way'), 400: e[400], 403: e[403], 409: e[409], 429: e[429] },
});

const verifySignup = createRoute({
  method: 'post',
  path: '/api/auth/signup/verify',
  tags: ['auth'],
  summary: "Create the guardian's account from the code (username = the mobile number) and sign in",
  request: body(z.object({ phone: mobileField, code: smsCodeField, password: newPasswordField, displayName: displayNameField }).strict()),
  responses: { 201: json(sessionSchema, 'Signed up and signed in'), 400: e[400], 403: e[403], 409: e[409] },
});

const startReset = createRoute({
  method: 'post',
  path: '/api/auth/password-reset/start',
  tags: ['auth'],
  summary: "Send a password-reset code to an account's mobile number (the same answer whether or not the number has an account)",
  request: body(z.object({ phone: mobileField }).strict()),
  responses: { 202: json(codeSentSchema, 'If the number has an account, a code is on its way'), 400: e[400], 429: e[429] },
});

const verifyReset = createRoute({
  method: 'post',
  path: '/api/auth/password-reset/verify',
  tags: ['auth'],
  summary: 'Set a new password with the code; every session of the account ends (log in again, with the second factor if on)',
  request: body(z.object({ phone: mobileField, code: smsCodeField, password: newPasswordField }).strict()),
  responses: { 200: json(z.object({ ok: z.boolean() }).openapi('Done'), 'Password changed'), 400: e[400] },
});

export function signupRoutes(app: OpenAPIHono<ApiEnv>, db: Db, opts: { secureCookies: boolean; trustProxy: boolean; demo: boolean; log: (line: string) => void }): void {
  const demoLog = (what: string, phone: string, code: string | undefined) => {
    if (opts.demo && code) opts.log(`DEMO MODE: ${what} code for ${maskMobile(phone)} is ${code} (shown because this is the demo; a real deployment only sends it by SMS)`);
  };

  app.openapi(startSignup, async (c) => {
    const { phone } = c.req.valid('json');
    const r = await c.get('repos').selfService.startSignup(phone, clientAddress(c, opts.trustProxy), opts.demo);
    demoLog('sign-up', phone, r.demoCode);
    return c.json(r, 202);
  });

  app.openapi(verifySignup, async (c) => {
    const user = await c.get('repos').selfService.verifySignup(c.req.valid('json'));
    return c.json(await openSession(c, db, user, opts), 201);
  });

  app.openapi(startReset, async (c) => {
    const { phone } = c.req.valid('json');
    const r = await c.get('repos').selfService.startReset(phone, clientAddress(c, opts.trustProxy), opts.demo);
    demoLog('password-reset', phone, r.demoCode);
    return c.json(r, 202);
  });

  app.openapi(verifyReset, async (c) => {
    await c.get('repos').selfService.verifyReset(c.req.valid('json'));
    return c.json({ ok: true }, 200);
  });
}
