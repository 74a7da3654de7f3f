/** A small server-sent-events reader over fetch, for the crisis tests and the bench. */
export interface SseEvent {
  id: string | null;
  event: string;
  data: string;
}

export interface SseConn {
  events: SseEvent[];
  status: number;
  contentType: string;
  /** Resolves when `n` events (of any kind) have arrived, or rejects after `ms`. */
  waitFor(n: number, ms?: number): Promise<SseEvent[]>;
  close(): void;
}

export async function openSse(url: string, headers: Record<string, string>): Promise<SseConn> {
  const ac = new AbortController();
  const res = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: ac.signal });
  const events: SseEvent[] = [];
  const waiters: Array<() => void> = [];
  if (res.ok && res.body) {
    void (async () => {
      const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
      let buf = '';
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buf += value;
          let i: number;
          while ((i = buf.indexOf('\n\n')) >= 0) {
            const block = buf.slice(0, i);
            buf = buf.slice(i + 2);
            const e: SseEvent = { id: null, event: 'message', data: '' };
            let any = false;
            for (const line of block.split('\n')) {
              if (line.startsWith(':') || line.startsWith('retry:')) continue;
              const [k, ...rest] = line.split(':');
              const v = rest.join(':').replace(/^ /, '');
              if (k === 'id') e.id = v;
              else if (k === 'event') e.event = v;
              else if (k === 'data') e.data += (e.data ? '\n' : '') + v;
              any = true;
            }
            if (any) {
              events.push(e);
              for (const w of waiters.splice(0)) w();
            }
          }
        }
      } catch {
        // aborted
      }
    })();
  }
  return {
    events,
    status: res.status,
    contentType: res.headers.get('content-type') ?? '',
    async waitFor(n, ms = 10_000) {
      const until = Date.now() + ms;
      while (events.length < n) {
        if (Date.now() > until) throw new Error(`only ${events.length} of ${n} events arrived`);
        await new Promise<void>((r) => {
          waiters.push(r);
          setTimeout(r, 100);
        });
      }
      return events;
    },
    close: () => ac.abort(),
  };
}
