/**
 * The HTTP application: Hono + zod-openapi. One zod schema per route gives validation, the OpenAPI 3.1 document
 * (/api/openapi.json) and typed handlers. Errors are mapped in one place (errors.ts). The built web app is served
 * from `webRoot` with an SPA fallback.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { compress } from 'hono/compress';
import { serveStatic } from '@hono/node-server/serve-static';
import { AppError } from '../shared/errors.ts';
import type { ApiEnv, AppDeps } from './context.ts';
import { errorBody, handleError } from './errors.ts';
import { zodToAppError } from './validation.ts';
import { sessionMiddleware } from './auth/session.ts';
import { authRoutes } from './auth/routes.ts';
import { facilityRoutes } from './facilities/routes.ts';
import { divisionRoutes } from './divisions/routes.ts';
import { childRoutes } from './children/routes.ts';
import { accessRoutes } from './access/routes.ts';
import { planRoutes } from './plan/routes.ts';
import { DOCS_HTML } from './docs-page.ts';
import { textGuard } from './text-guard.ts';
import { requestLog } from './request-log.ts';
import { policyRoutes } from './policy/routes.ts';
import { familyRoutes } from './families/index.ts';
import { careRoutes } from './care/routes.ts';
import { bureauRoutes } from './bureau/index.ts';
import { accountRoutes } from './accounts/index.ts';
import { healthRoutes } from './health/routes.ts';
import { childHealthRoutes } from './health/index.ts';

export const MAX_JSON_BYTES = 1024 * 1024;

const WEB_NOT_BUILT = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>CareCircle</title>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;line-height:1.6">
<h1>网页应用尚未构建 · The web app is not built</h1>
<p>在项目目录运行 <code>npm run build:web</code>（或用 <code>npm start</code>，它会先构建），然后刷新本页。</p>
<p>Run <code>npm run build:web</code> in the project folder (or use <code>npm start</code>, which builds it first), then reload.</p>
<p>接口照常可用 · The API works meanwhile: <a href="/api/docs">/api/docs</a></p></body></html>`;

/** Builds the app. Extra route groups (later features) register through `extend`. */
export function createApp(deps: AppDeps, extend: Array<(app: OpenAPIHono<ApiEnv>) => void> = []): OpenAPIHono<ApiEnv> {
  const app = new OpenAPIHono<ApiEnv>({
    defaultHook: (result) => {
      if (!result.success) throw zodToAppError(result.error, result.target);
    },
  });
  app.onError(handleError);
  app.notFound((c) => c.json(errorBody(new AppError('not_found', `not found: ${c.req.path}`, { field: 'path', code: 'not_found' })), 404));
  app.use('*', requestLog(deps.logger ?? null, deps.trustProxy ?? false));
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'unsafe-inline'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        workerSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'"],
      },
    }),
  );
  app.use('/api/*', async (c, next) => {
    // GET and HEAD carry no body (the server never reads one): asking for it would only build a web Request per call
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    // uploads with their own limits: registry files, photos of a child's day, signed agreement documents (10 MB each)
    if (c.req.path === '/api/facilities/import' || /^\/api\/(children|staff)\/[^/]+\/photos?$/.test(c.req.path) || /^\/api\/agreements\/[^/]+\/document$/.test(c.req.path)) return next();
    return bodyLimit({
      maxSize: MAX_JSON_BYTES,
      onError: () => {
        throw new AppError('too_large', `the request body is larger than ${MAX_JSON_BYTES / 1024} KB`, { field: 'body', code: 'file_too_large', params: { maximum: MAX_JSON_BYTES } });
      },
    })(c, next);
  });
  // gzip JSON/GeoJSON over 1 KB (the roads layer shrinks about tenfold); event streams are never compressed.
  app.use('/api/*', async (c, next) => (c.req.header('accept')?.includes('text/event-stream') ? next() : compress({ threshold: 1024 })(c, next)));
  app.use('/api/*', textGuard);
  app.use('/api/*', sessionMiddleware(deps.db));
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });

  healthRoutes(app, deps.db, deps.version ?? '0.1.0');

  authRoutes(app, deps.db, { secureCookies: deps.secureCookies ?? false, trustProxy: deps.trustProxy ?? false });
  policyRoutes(app);
  divisionRoutes(app);
  facilityRoutes(app);
  childRoutes(app);
  accountRoutes(app, deps);
  accessRoutes(app, deps.network ?? (() => null));
  planRoutes(app, deps.network ?? (() => null), deps.db);
  familyRoutes(app, deps.network ?? (() => null));
  careRoutes(app, deps);
  bureauRoutes(app);
  childHealthRoutes(app);
  for (const f of extend) f(app);

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'CareCircle API',
      version: deps.version ?? '0.1.0',
      description: 'The 15-minute childcare service circle (15分钟托育服务圈): registry, families, care, planning.',
    },
  });
  app.get('/api/docs', (c) => c.html(DOCS_HTML));
  app.all('/api/*', () => {
    throw new AppError('not_found', 'no such API endpoint', { field: 'path', code: 'not_found' });
  });

  if (deps.webRoot && existsSync(join(deps.webRoot, 'index.html'))) {
    const root = relative(process.cwd(), deps.webRoot) || '.';
    // index.html is tiny: read it per request so a rebuilt web/dist never serves a page pointing at deleted assets.
    const indexPath = join(deps.webRoot, 'index.html');
    app.use('/assets/*', async (c, next) => {
      await next();
      if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable');
    });
    app.use('/*', serveStatic({ root }));
    app.get('*', (c) => c.html(readFileSync(indexPath, 'utf8')));
  } else if (deps.webRoot) {
    // A checkout whose web app was never built: say how to build it instead of a bare JSON 404.
    app.get('*', (c) => c.html(WEB_NOT_BUILT, 503));
  }
  return app;
}
