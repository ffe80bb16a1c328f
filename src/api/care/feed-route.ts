/**
 * GET /api/children/{id}/feed: the child's day as Server-Sent Events (WHATWG HTML §9.2). Each event carries `id:` (the
 * entry's seq) and `data:` (the entry as JSON); a reconnect with `Last-Event-ID` (or `?after=`) receives exactly the
 * entries after it, in order; a new reader gets today's entries first. Comments every 15 s keep proxies from closing
 * an idle stream; every minute the session and the access are checked again (a logged-out or moved guardian's stream
 * ends). Live entries come from the process's FeedHub (LISTEN/NOTIFY), so any server process delivers what any other
 * one recorded.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute, z } from '@hono/zod-openapi';
import { streamSSE } from 'hono/streaming';
import type { Db } from '../../db/index.ts';
import { AuthStore, CareFeedStore, type EntryView } from '../../db/repos/index.ts';
import { AppError } from '../../shared/errors.ts';
import { requireLogin } from '../auth/session.ts';
import type { ApiEnv } from '../context.ts';
import { FeedHub, type FeedSink } from '../realtime/feed-hub.ts';
import { errorResponses, uuidParam } from '../schemas.ts';

/** Heartbeat interval; the access re-check runs every RECHECK_BEATS beats. */
export const FEED_HEARTBEAT_MS = Number(process.env.CARECIRCLE_FEED_HEARTBEAT_MS ?? 15_000);
const RECHECK_BEATS = 4;

const feed = createRoute({
  method: 'get',
  path: '/api/children/{id}/feed',
  tags: ['daily care'],
  summary: "The child's day, live (text/event-stream): id = the entry's seq, data = the entry as JSON; Last-Event-ID replays what was missed",
  middleware: [requireLogin] as const,
  request: {
    params: uuidParam,
    query: z.object({ after: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional().openapi({ description: 'Start after this seq (as Last-Event-ID does); default: today’s entries first' }) }).strict(),
  },
  responses: {
    200: { description: 'An event stream: `id: <seq>` and `data: <entry JSON>` per entry, `: ping` comments as heartbeats', content: { 'text/event-stream': { schema: z.string() } } },
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    404: errorResponses[404],
  },
});

export function careFeedRoutes(app: OpenAPIHono<ApiEnv>, db: Db): void {
  const store = new CareFeedStore(db);
  const auth = new AuthStore(db);
  app.openapi(feed, async (c) => {
    const childId = c.req.valid('param').id;
    const header = c.req.header('last-event-id');
    let after: number | null = c.req.valid('query').after ?? null;
    if (header !== undefined && header.trim() !== '') {
      if (!/^\d{1,15}$/.test(header.trim())) throw new AppError('invalid', 'Last-Event-ID must be the seq of an entry (a whole number)', { field: 'Last-Event-ID', code: 'not_integer' });
      after = Number(header.trim());
    }
    const repos = c.get('repos');
    const { today } = await repos.care.entries.openFeed(childId);
    const token = c.get('sessionToken');
    const hub = FeedHub.for(db);
    return streamSSE(c, async (stream) => {
      let last = after ?? 0;
      let live = false;
      let chain: Promise<unknown> = Promise.resolve();
      const queue: EntryView[] = [];
      let finish: () => void = () => undefined;
      const ended = new Promise<void>((res) => (finish = res));
      stream.onAbort(() => finish());
      const send = (entries: readonly EntryView[]) => {
        for (const e of entries) {
          if (e.seq <= last) continue;
          last = e.seq;
          chain = chain.then(() => stream.writeSSE({ id: String(e.seq), data: JSON.stringify(e) }));
        }
      };
      const sink: FeedSink = {
        lastSeq: () => last,
        push: (entries) => (live ? send(entries) : queue.push(...entries)),
        close: () => finish(),
      };
      await stream.write(': connected\nretry: 3000\n\n');
      const unsubscribe = await hub.subscribe(childId, sink);
      let beats = 0;
      const timer = setInterval(() => {
        chain = chain.then(() => stream.write(': ping\n\n'));
        if (++beats % RECHECK_BEATS === 0)
          void (async () => {
            const session = token ? await auth.session(token) : null;
            if (!session || !(await repos.care.entries.mayRead(childId))) finish();
          })().catch(() => finish());
      }, FEED_HEARTBEAT_MS);
      try {
        if (after === null) send(await store.ofDay(childId, today));
        else
          for (;;) {
            const page = await store.after(childId, last, 1000);
            send(page);
            if (page.length < 1000) break;
          }
        live = true;
        send(queue.splice(0));
        await ended;
      } finally {
        clearInterval(timer);
        unsubscribe();
        await chain.catch(() => undefined);
      }
    });
  });
}
