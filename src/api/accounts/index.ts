/**
 * Every account route in one registration: staff-managed accounts (/api/users, /api/teachers), the inbox
 * (/api/notifications), the medical institutions for a health worker's binding, self sign-up and forgotten passwords (/api/auth/signup, /api/auth/password-reset), and one's
 * own password and second factor (/api/auth/password, /api/auth/totp).
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ApiEnv, AppDeps } from '../context.ts';
import { securityRoutes } from '../auth/security.ts';
import { signupRoutes } from '../auth/signup.ts';
import { institutionRoutes } from './institutions.ts';
import { notificationRoutes } from './notifications.ts';
import { teacherRoutes } from './teachers.ts';
import { userRoutes } from './users.ts';

/** Registers the account routes. */
export function accountRoutes(app: OpenAPIHono<ApiEnv>, deps: AppDeps): void {
  userRoutes(app);
  teacherRoutes(app);
  notificationRoutes(app);
  institutionRoutes(app);
  signupRoutes(app, deps.db, {
    secureCookies: deps.secureCookies ?? false,
    trustProxy: deps.trustProxy ?? false,
    demo: deps.demo ?? false,
    log: deps.log ?? ((line) => void process.stderr.write(`${line}\n`)),
  });
  securityRoutes(app, deps.db);
}
