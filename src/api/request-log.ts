/**
 * One structured log line per request (pino): method, path (without the query), status, milliseconds, the user id
 * and the client address. Never bodies, query values or anything about a child.
 */
import type { MiddlewareHandler } from 'hono';
import { pino, type Logger } from 'pino';
import { clientAddress } from './auth/client-address.ts';
import type { ApiEnv } from './context.ts';

/** The middleware; a null logger logs nothing. */
export function requestLog(logger: Logger | null, trustProxy: boolean): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    if (!logger) return next();
    const t0 = performance.now();
    let status = 500;
    try {
      await next();
      status = c.res.status;
    } finally {
      const caller = c.get('caller');
      const ms = Math.round((performance.now() - t0) * 10) / 10;
      const entry = { method: c.req.method, path: c.req.path, status, ms, user: caller?.kind === 'user' ? caller.userId : null, ip: clientAddress(c, trustProxy) };
      if (status >= 500) logger.error(entry, 'request');
      else logger.info(entry, 'request');
    }
  };
}

/**
 * The server's request log: one JSON line per request on stdout (ISO time, level, msg "request", method, path,
 * status, ms, user, ip), for `carecircle serve` and `demo`. Silent under NODE_ENV=test, so test runs stay quiet.
 * @param env - the environment to read NODE_ENV from
 */
export function serverRequestLogger(env: NodeJS.ProcessEnv = process.env): Logger | null {
  if (env.NODE_ENV === 'test') return null;
  return pino({ base: null, timestamp: pino.stdTimeFunctions.isoTime }, pino.destination({ dest: 1, sync: false }));
}
