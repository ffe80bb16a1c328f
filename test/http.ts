/**
 * An in-process HTTP client for the app (Hono's `app.request`), with a cookie jar and the CSRF header, so tests
 * exercise the real middleware stack without a socket.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ApiEnv } from '../src/api/context.ts';

export interface Res {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  headers: Headers;
}

export class Client {
  cookie = '';
  csrf = '';
  constructor(private readonly app: OpenAPIHono<ApiEnv>) {}

  async req(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Res> {
    const h: Record<string, string> = { ...headers };
    if (this.cookie) h.cookie = this.cookie;
    if (this.csrf && method !== 'GET' && !('x-csrf-token' in h)) h['x-csrf-token'] = this.csrf;
    let payload: RequestInit['body'] | undefined;
    if (body instanceof Uint8Array || typeof body === 'string') payload = body as RequestInit['body'];
    else if (body !== undefined) {
      payload = JSON.stringify(body);
      h['content-type'] ??= 'application/json';
    }
    const r = await this.app.request(path, { method, headers: h, body: payload });
    const set = r.headers.get('set-cookie');
    if (set) {
      const m = /cc_session=([^;]*)/.exec(set);
      if (m) this.cookie = m[1] ? `cc_session=${m[1]}` : '';
    }
    const text = await r.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      /* not JSON */
    }
    return { status: r.status, body: parsed, headers: r.headers };
  }

  async login(username: string, password: string): Promise<Res> {
    const r = await this.req('POST', '/api/auth/login', { username, password });
    if (r.status === 200) this.csrf = r.body.csrfToken;
    return r;
  }

  get = (p: string) => this.req('GET', p);
  post = (p: string, b?: unknown, h?: Record<string, string>) => this.req('POST', p, b, h);
  patch = (p: string, b?: unknown, h?: Record<string, string>) => this.req('PATCH', p, b, h);
}
