/**
 * The security headers of every answer (helmet's: content security policy, no framing, no referrer,
 * no MIME sniffing, ...). They depend on nothing in the request, so they are computed once at start
 * instead of on every request.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';

const OPTIONS: Parameters<typeof helmet>[0] = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      connectSrc: ["'self'"],
      fontSrc: ["'self'", 'data:'],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      // Plain HTTP on localhost must keep working; behind TLS the proxy adds HSTS.
      upgradeInsecureRequests: null,
    },
  },
  referrerPolicy: { policy: 'no-referrer' },
  crossOriginEmbedderPolicy: false,
};

/** The headers helmet sets with Vigil's options, by lower-case name. */
export function securityHeaders(): Record<string, string> {
  const out: Record<string, string> = {};
  const res = {
    setHeader: (name: string, value: unknown) => void (out[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete out[name.toLowerCase()],
  };
  let done = false;
  helmet(OPTIONS)({} as IncomingMessage, res as unknown as ServerResponse, (err?: unknown) => {
    if (err) throw err;
    done = true;
  });
  // helmet applies its parts synchronously; if a later version does not, fail at start, not silently.
  if (!done) throw new Error('security headers: helmet did not finish synchronously');
  return out;
}
