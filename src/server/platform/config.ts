import { join, resolve } from 'node:path';
import { DEFAULT_RETENTION_GRACE_DAYS } from '../../core/vocab.ts';

/** Vigil's settings, read once from the environment. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  demo: boolean;
  demoPassword: string;
  retentionGraceDays: number;
  /** Send the session cookie only over HTTPS (set VIGIL_SECURE_COOKIES=1 behind TLS). */
  secureCookies: boolean;
  /** Login attempts allowed per client and username per 15 minutes. */
  loginAttempts: number;
  logLevel: string;
  webDir: string;
  /** The Ed25519 key that signs audit checkpoints (created on first start). */
  auditKeyFile: string;
}

/** Reads the configuration from an environment (process.env by default). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    dataDir: resolve(env.VIGIL_DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    demo: env.VIGIL_DEMO === '1' || env.VIGIL_DEMO === 'true',
    demoPassword: env.VIGIL_DEMO_PASSWORD ?? 'vigil-demo',
    retentionGraceDays: Number(env.VIGIL_RETENTION_GRACE_DAYS ?? DEFAULT_RETENTION_GRACE_DAYS),
    secureCookies: env.VIGIL_SECURE_COOKIES === '1',
    loginAttempts: Number(env.VIGIL_LOGIN_ATTEMPTS ?? 10),
    logLevel: env.LOG_LEVEL ?? 'info',
    webDir: resolve(env.VIGIL_WEB_DIR ?? 'dist/web'),
    auditKeyFile: resolve(env.VIGIL_AUDIT_KEY_FILE ?? join(env.VIGIL_DATA_DIR ?? './data', 'keys', 'audit-ed25519.pem')),
  };
}
