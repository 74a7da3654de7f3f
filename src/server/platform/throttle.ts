/**
 * Failed sign-in throttle: after `max` failures for one client and username within the window,
 * further attempts are refused until the window passes; a client gets ten times that across all
 * usernames. Successful sign-ins do not count. Kept in memory per process.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly max: number,
    private readonly windowMs = 15 * 60_000,
  ) {}

  private keys(ip: string, username: string): Array<[string, number]> {
    return [
      [`u|${ip}|${username.toLowerCase()}`, this.max],
      [`ip|${ip}`, this.max * 10],
    ];
  }

  /** Whether another attempt is allowed now. */
  allowed(ip: string, username: string, now = Date.now()): boolean {
    return this.keys(ip, username).every(([k, limit]) => {
      const e = this.failures.get(k);
      return !e || e.resetAt <= now || e.count < limit;
    });
  }

  /** Counts a failed attempt. */
  fail(ip: string, username: string, now = Date.now()): void {
    if (this.failures.size > 100_000) this.prune(now);
    for (const [k] of this.keys(ip, username)) {
      const e = this.failures.get(k);
      if (!e || e.resetAt <= now) this.failures.set(k, { count: 1, resetAt: now + this.windowMs });
      else e.count++;
    }
  }

  private prune(now: number): void {
    for (const [k, e] of this.failures) if (e.resetAt <= now) this.failures.delete(k);
  }
}
