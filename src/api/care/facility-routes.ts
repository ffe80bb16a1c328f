/** A facility's weekly menu and daily-care settings over HTTP. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute, z } from '@hono/zod-openapi';
import type { ApiEnv } from '../context.ts';
import { errorResponses, json, uuidParam } from '../schemas.ts';
import { requireLogin } from '../auth/session.ts';
import { isoDate, menuInputSchema, menuSchema, settingsPatchSchema, settingsSchema } from './schemas.ts';

const readErrors = { 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404] };
const body = <T extends z.ZodType>(schema: T) => ({ body: { required: true, content: { 'application/json': { schema } } } });

const menu = createRoute({ method: 'get', path: '/api/facilities/{id}/menu', tags: ['daily care'], summary: 'The weekly menu (每周食谱) of the week of a date (default this week)', middleware: [requireLogin] as const, request: { params: uuidParam, query: z.object({ date: isoDate.optional() }).strict() }, responses: { 200: json(menuSchema, 'The week'), ...readErrors } });
const setMenu = createRoute({ method: 'put', path: '/api/facilities/{id}/menu', tags: ['daily care'], summary: 'Replace the menu of a week (the director)', middleware: [requireLogin] as const, request: { params: uuidParam, ...body(menuInputSchema) }, responses: { 200: json(menuSchema, 'The week'), ...readErrors } });
const settings = createRoute({ method: 'get', path: '/api/facilities/{id}/care-settings', tags: ['daily care'], summary: 'Daily-care settings: policy version, publishing of meals and naps, absence follow-up time', middleware: [requireLogin] as const, request: { params: uuidParam }, responses: { 200: json(settingsSchema, 'Settings'), ...readErrors } });
const patchSettings = createRoute({ method: 'patch', path: '/api/facilities/{id}/care-settings', tags: ['daily care'], summary: 'Change the daily-care settings (the director)', middleware: [requireLogin] as const, request: { params: uuidParam, ...body(settingsPatchSchema) }, responses: { 200: json(settingsSchema, 'Settings'), ...readErrors } });

export function careFacilityRoutes(app: OpenAPIHono<ApiEnv>): void {
  app.openapi(menu, async (c) => c.json(await c.get('repos').care.facility.menu(c.req.valid('param').id, c.req.valid('query').date), 200));
  app.openapi(setMenu, async (c) => {
    const { weekStart, items } = c.req.valid('json');
    return c.json(await c.get('repos').care.facility.setMenu(c.req.valid('param').id, weekStart, items), 200);
  });
  app.openapi(settings, async (c) => c.json(await c.get('repos').care.facility.settings(c.req.valid('param').id), 200));
  app.openapi(patchSettings, async (c) => c.json(await c.get('repos').care.facility.updateSettings(c.req.valid('param').id, c.req.valid('json')), 200));
}
