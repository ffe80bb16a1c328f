/**
 * LISTEN on a dedicated connection (a pooled one would be handed to other queries): notifications from every process
 * on the database arrive here, in commit order. The connection is opened on the first `listen`, re-opened with
 * backoff when it drops, and after each re-connect the `onReconnect` callbacks run — what was NOTIFYed while the
 * connection was down is lost, so subscribers catch up from their tables then.
 */
import pg from 'pg';

type OnMessage = (payload: string) => void;
type OnReconnect = () => void;

interface Subscription {
  channel: string;
  onMessage: OnMessage;
  onReconnect?: OnReconnect;
}

const CHANNEL = /^[a-z_][a-z0-9_]{0,62}$/;

export class Listener {
  readonly #url: string;
  readonly #timeZone: string;
  readonly #subs = new Set<Subscription>();
  #client: pg.Client | null = null;
  #connecting: Promise<void> | null = null;
  #closed = false;
  #backoff = 100;
  #timer: NodeJS.Timeout | null = null;
  /** Times the connection was (re-)established (for tests and health). */
  connects = 0;

  constructor(url: string, timeZone: string) {
    this.#url = url;
    this.#timeZone = timeZone;
  }

  /**
   * Subscribes to a channel; resolves once LISTEN is in effect (so a NOTIFY committed after it arrives).
   * @param channel - a lower-case identifier
   * @param onMessage - gets each notification's payload
   * @param onReconnect - runs after the connection was lost and re-established
   * @returns unsubscribe
   */
  async listen(channel: string, onMessage: OnMessage, onReconnect?: OnReconnect): Promise<() => void> {
    if (!CHANNEL.test(channel)) throw new Error(`not a channel name: ${channel}`);
    if (this.#closed) throw new Error('listener closed');
    const sub: Subscription = { channel, onMessage, onReconnect };
    const fresh = ![...this.#subs].some((s) => s.channel === channel);
    this.#subs.add(sub);
    await this.#ensure();
    if (fresh && this.#client) await this.#client.query(`LISTEN ${channel}`);
    return () => {
      this.#subs.delete(sub);
    };
  }

  #ensure(): Promise<void> {
    if (this.#client) return Promise.resolve();
    return (this.#connecting ??= this.#connect().finally(() => {
      this.#connecting = null;
    }));
  }

  async #connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.#url, application_name: 'carecircle-listen', keepAlive: true, options: `-c TimeZone=${this.#timeZone}` });
    const lost = () => this.#lost(client);
    client.on('error', lost);
    client.on('end', lost);
    client.on('notification', (n) => {
      for (const s of this.#subs) if (s.channel === n.channel) s.onMessage(n.payload ?? '');
    });
    await client.connect();
    for (const ch of new Set([...this.#subs].map((s) => s.channel))) await client.query(`LISTEN ${ch}`);
    if (this.#closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.#client = client;
    this.#backoff = 100;
    this.connects++;
  }

  #lost(client: pg.Client): void {
    if (this.#client !== client) return;
    this.#client = null;
    client.removeAllListeners('notification');
    void client.end().catch(() => undefined);
    if (!this.#closed) this.#retry();
  }

  #retry(): void {
    if (this.#timer || this.#closed) return;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#ensure().then(
        () => {
          for (const s of this.#subs) s.onReconnect?.();
        },
        () => {
          this.#backoff = Math.min(this.#backoff * 2, 5000);
          this.#retry();
        },
      );
    }, this.#backoff);
    this.#timer.unref();
  }

  /** Drops the connection as if the network failed (tests of the catch-up). */
  simulateDrop(): void {
    const c = this.#client;
    if (c) this.#lost(c);
  }

  async close(): Promise<void> {
    this.#closed = true;
    if (this.#timer) clearTimeout(this.#timer);
    const c = this.#client;
    this.#client = null;
    this.#subs.clear();
    if (c) {
      c.removeAllListeners();
      c.on('error', () => undefined);
      await c.end().catch(() => undefined);
    }
  }
}
