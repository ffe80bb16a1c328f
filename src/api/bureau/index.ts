/** The bureaus' desk (issue 13): registry management, filing, quality assessments, the money policies, the audit trail, the monthly subsidy claims, the dashboard and the monthly report, the guardian's copy of their child's data. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ApiEnv } from '../context.ts';
import { auditRoutes } from './audit-routes.ts';
import { moneyPolicyRoutes } from './money-routes.ts';
import { qualityRoutes } from './quality-routes.ts';
import { registryDeskRoutes } from './registry-routes.ts';
import { subsidyRoutes } from './subsidy-routes.ts';
import { deskRoutes } from './desk-routes.ts';

/** Registers every route of the bureaus' desk (one line in src/api/app.ts). */
export function bureauRoutes(app: OpenAPIHono<ApiEnv>): void {
  registryDeskRoutes(app);
  qualityRoutes(app);
  moneyPolicyRoutes(app);
  auditRoutes(app);
  subsidyRoutes(app);
  deskRoutes(app);
}
