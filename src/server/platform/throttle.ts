/**
 * Sign-in throttle. An attempt is reserved before the password is verified: `reserve` checks and counts
 * in one synchronous step (no await between them), so parallel guesses cannot all pass the check before
 * any failure is counted; a successful sign-in refunds its reservation. After `max` attempts for one
 * client and username within the window further attempts are refused until the window passes; a client
 * gets ten times that across all usernames. Kept in memory per process.
 */
export class LoginThrottle {
  private readonly attempts = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly max: number,
    readonly windowMs = 15 * 60_000,
  ) {}

  private keys(ip: string, username: string): Array<[string, number]> {
    return [
      [`u|${ip}|${username.toLowerCase()}`, this.max],
      [`ip|${ip}`, this.max * 10],
    ];
  }

  /** Reserves an attempt: null when refused; otherwise a refund to call when the sign-in succeeds. */
  reserve(ip: string, username: string, now = Date.now()): { refund(): void } | null {
    const keys = this.keys(ip, username);
    const full = keys.some(([k, limit]) => {
      const e = this.attempts.get(k);
      return e && e.resetAt > now && e.count >= limit;
    });
    if (full) return null;
    if (this.attempts.size > 100_000) this.prune(now);
    const taken = keys.map(([k]) => {
      let e = this.attempts.get(k);
      if (!e || e.resetAt <= now) this.attempts.set(k, (e = { count: 0, resetAt: now + this.windowMs }));
      e.count++;
      return e;
    });
    let refunded = false;
    return {
      refund: () => {
        if (refunded) return;
        refunded = true;
        for (const e of taken) e.count = Math.max(0, e.count - 1);
      },
    };
  }

  private prune(now: number): void {
    for (const [k, e] of this.attempts) if (e.resetAt <= now) this.attempts.delete(k);
  }
}

/** One aggregated audit entry: what to write for a window of failed or throttled sign-ins. */
export interface SignInAggregate<A> {
  kind: 'failed' | 'throttled';
  actor: A;
  client: string;
  /** Attempts in this entry: 1 for the entry that opens a window, the rest when it closes. */
  count: number;
  phase: 'start' | 'end';
  since: Date;
  until: Date;
}

/**
 * Audits failed and throttled sign-ins in aggregate, so a flood cannot flood the audit chain: the first
 * failure of a client and username in a window is written at once (phase "start"); the following ones
 * are counted and written as one entry with their count when the window closes (phase "end"). Throttled
 * attempts are aggregated per client alone, so guessing many usernames adds no entries either. At most
 * two entries per client and username (failed) plus two per client (throttled) per window.
 */
export class SignInAuditAggregator<A> {
  private readonly open = new Map<string, { kind: 'failed' | 'throttled'; actor: A; client: string; count: number; since: number; until: number }>();

  constructor(
    private readonly write: (entries: Array<SignInAggregate<A>>) => Promise<void>,
    private readonly windowMs = 15 * 60_000,
  ) {}

  /** Counts a failed or throttled attempt; writes the window's opening entry when it is the first. */
  async note(kind: 'failed' | 'throttled', client: string, username: string, actor: A, now = Date.now()): Promise<void> {
    await this.flush(now);
    const key = kind === 'failed' ? `f|${client}|${username.toLowerCase()}` : `t|${client}`;
    const e = this.open.get(key);
    if (e && e.until > now) {
      e.count++;
      return;
    }
    this.open.set(key, { kind, actor, client, count: 0, since: now, until: now + this.windowMs });
    await this.write([{ kind, actor, client, count: 1, phase: 'start', since: new Date(now), until: new Date(now + this.windowMs) }]);
  }

  /** Writes the closing entries of windows that ended by `now` (all open windows when `now` is Infinity). */
  async flush(now = Date.now()): Promise<void> {
    const closing: Array<SignInAggregate<A>> = [];
    for (const [k, e] of this.open) {
      if (e.until > now) continue;
      this.open.delete(k);
      if (e.count > 0) closing.push({ kind: e.kind, actor: e.actor, client: e.client, count: e.count, phase: 'end', since: new Date(e.since), until: new Date(Math.min(e.until, Date.now())) });
    }
    if (closing.length > 0) await this.write(closing);
  }
}
