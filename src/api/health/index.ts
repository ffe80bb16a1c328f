/** The health routes (issue 12: 医育融合): growth, checks and the desk, medical partners and reports, services, training. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ApiEnv } from '../context.ts';
import { agreementRoutes } from './agreement-routes.ts';
import { checkRoutes } from './check-routes.ts';
import { growthRoutes } from './growth-routes.ts';
import { serviceRoutes } from './service-routes.ts';

/** Registers every child-health route (GET /api/health, the liveness check, lives in routes.ts). */
export function childHealthRoutes(app: OpenAPIHono<ApiEnv>): void {
  growthRoutes(app);
  checkRoutes(app);
  agreementRoutes(app);
  serviceRoutes(app);
}
