/**
 * The client's address, for login throttling and the request log. Behind a reverse proxy (`--trust-proxy`), the
 * address the proxy saw is the last hop it appended to X-Forwarded-For; without it, the socket's peer.
 */
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/** Whether a request arrived over HTTPS (directly, or at a trusted proxy that says so). */
export function viaHttps(c: Context, trustProxy: boolean): boolean {
  if (c.req.url.startsWith('https:')) return true;
  return trustProxy && c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase() === 'https';
}

/** The client address (IPv4-mapped IPv6 shown as IPv4), or 'unknown' off a socket (in-process tests). */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const hops = c.req.header('x-forwarded-for')?.split(',').map((s) => s.trim()).filter(Boolean);
    const last = hops?.[hops.length - 1];
    if (last && /^[0-9a-fA-F:.]{2,45}$/.test(last)) return last.replace(/^::ffff:/, '');
  }
  try {
    return (getConnInfo(c).remote.address ?? 'unknown').replace(/^::ffff:/, '');
  } catch {
    return 'unknown';
  }
}
