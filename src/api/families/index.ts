/**
 * The families API (issue 10): a child's record from the guardian's side, finding care by walking minutes,
 * temporary-care hours and bookings, applications, the waiting list, offers and placements, fees and statements.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ApiEnv } from '../context.ts';
import { applicationRoutes } from './application-routes.ts';
import { bookingRoutes } from './booking-routes.ts';
import { CareSearch, type WalkNetwork } from './care-search.ts';
import { familyChildRoutes } from './children-routes.ts';
import { feeRoutes } from './fee-routes.ts';
import { careSearchRoutes } from './search-routes.ts';

export { CareSearch, type WalkNetwork } from './care-search.ts';

/** Registers every families route; `network()` is the loaded city's walking network (null: search answers 503). */
export function familyRoutes(app: OpenAPIHono<ApiEnv>, network: () => WalkNetwork | null): void {
  const care = new CareSearch(network);
  familyChildRoutes(app);
  careSearchRoutes(app, care);
  applicationRoutes(app, care);
  bookingRoutes(app);
  feeRoutes(app);
}
