/**
 * A Server-Sent Events reader for tests (WHATWG HTML §9.2.6 parsing: `id:`, `data:`, comments, blank-line dispatch)
 * over any fetch Response — the in-process app's or a real server's.
 */
export interface SseEvent {
  id: string | null;
  event: string | null;
  data: string;
}

export class SseReader {
  readonly #reader: ReadableStreamDefaultReader<Uint8Array>;
  readonly #decoder = new TextDecoder();
  #buf = '';
  readonly events: SseEvent[] = [];
  comments = 0;
  #waiters: Array<() => void> = [];
  #done = false;
  readonly status: number;
  readonly headers: Headers;

  readonly #onEvent: ((e: SseEvent) => void) | null;

  /**
   * @param res - the stream's response
   * @param onEvent - called for each event as it arrives (benchmarks time them)
   */
  constructor(res: Response, onEvent?: (e: SseEvent) => void) {
    this.#onEvent = onEvent ?? null;
    this.status = res.status;
    this.headers = res.headers;
    this.#reader = res.body!.getReader();
    void this.#pump();
  }

  async #pump(): Promise<void> {
    try {
      for (;;) {
        const { done, value } = await this.#reader.read();
        if (done) break;
        this.#buf += this.#decoder.decode(value, { stream: true });
        let i: number;
        while ((i = this.#buf.search(/\r?\n\r?\n/)) >= 0) {
          const block = this.#buf.slice(0, i);
          this.#buf = this.#buf.slice(i).replace(/^\r?\n\r?\n/, '');
          this.#dispatch(block);
        }
      }
    } catch {
      // cancelled
    } finally {
      this.#done = true;
      this.#wake();
    }
  }

  #dispatch(block: string): void {
    let id: string | null = null;
    let event: string | null = null;
    const data: string[] = [];
    let any = false;
    for (const line of block.split(/\r?\n/)) {
      if (line.startsWith(':')) {
        this.comments++;
        continue;
      }
      const c = line.indexOf(':');
      const field = c < 0 ? line : line.slice(0, c);
      const value = c < 0 ? '' : line.slice(c + 1).replace(/^ /, '');
      if (field === 'id') id = value;
      else if (field === 'event') event = value;
      else if (field === 'data') {
        data.push(value);
        any = true;
      }
    }
    if (any) {
      const e = { id, event, data: data.join('\n') };
      this.#onEvent?.(e);
      this.events.push(e);
      this.#wake();
    }
  }

  #wake(): void {
    const w = this.#waiters;
    this.#waiters = [];
    for (const f of w) f();
  }

  /** Waits until at least `n` events arrived (or the stream ended / the timeout passed). */
  async waitFor(n: number, timeoutMs = 5000): Promise<SseEvent[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.events.length < n && !this.#done && Date.now() < deadline) {
      await new Promise<void>((res) => {
        const t = setTimeout(res, Math.max(1, deadline - Date.now()));
        this.#waiters.push(() => {
          clearTimeout(t);
          res();
        });
      });
    }
    return this.events;
  }

  /** The events' data parsed as JSON. */
  json<T = Record<string, unknown>>(): T[] {
    return this.events.map((e) => JSON.parse(e.data) as T);
  }

  get ended(): boolean {
    return this.#done;
  }

  async close(): Promise<void> {
    await this.#reader.cancel().catch(() => undefined);
  }
}
