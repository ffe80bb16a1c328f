/**
 * Daily care (issue 11) over HTTP: the day's records and their live feed, the tablet's class day, the director's
 * dashboard, attendance, absences, pickups, shifts, alerts, outbreak reports, teacher profiles, photos, menus and
 * settings. One registration for app.ts.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ApiEnv, AppDeps } from '../context.ts';
import { careDayRoutes } from './day-routes.ts';
import { careEntryRoutes } from './entry-routes.ts';
import { careFacilityRoutes } from './facility-routes.ts';
import { careFeedRoutes } from './feed-route.ts';
import { carePeopleRoutes } from './people-routes.ts';
import { PhotoStore } from './photo-store.ts';

/** The photo folder: the deps' (a server's DIR/photos), CARECIRCLE_PHOTOS, or a per-process temporary one (tests). */
export function photoDir(deps: Pick<AppDeps, 'photosDir'>): string {
  return deps.photosDir ?? process.env.CARECIRCLE_PHOTOS ?? join(tmpdir(), `carecircle-photos-${process.pid}`);
}

export function careRoutes(app: OpenAPIHono<ApiEnv>, deps: AppDeps): void {
  careEntryRoutes(app);
  careFeedRoutes(app, deps.db);
  careDayRoutes(app);
  carePeopleRoutes(app, new PhotoStore(photoDir(deps)));
  careFacilityRoutes(app);
}
