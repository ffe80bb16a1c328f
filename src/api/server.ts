/**
 * Runs the app on Node's HTTP server with a clean shutdown: stop accepting, let in-flight requests finish (bounded),
 * then close the pool and stop the embedded PostgreSQL.
 */
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ApiEnv } from './context.ts';

export interface RunningServer {
  port: number;
  close(): Promise<void>;
}

/** Listens on `port` (0 = any free port) on `host`. */
export function listen(app: OpenAPIHono<ApiEnv>, port: number, host = '0.0.0.0'): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
      resolve({
        port: info.port,
        close: () =>
          new Promise<void>((res) => {
            const s = server as unknown as Server;
            s.close(() => res());
            s.closeIdleConnections?.();
            setTimeout(() => {
              s.closeAllConnections?.();
              res();
            }, 5000).unref();
          }),
      });
    }) as unknown as Server;
    server.on('error', (e: NodeJS.ErrnoException) => reject(e));
  });
}
