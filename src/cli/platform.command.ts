import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { CLASSIFICATIONS } from '../core/vocab.ts';
import { loadConfig } from '../server/platform/config.ts';

// The server's modules are loaded when a command runs, not when `vigil` starts (src/cli/main.ts).

/** serve, migrate, demo-data, user create, audit verify. */
export function registerPlatformCommands(program: Command): void {
  program
    .command('serve')
    .description('Start Vigil (PORT, VIGIL_DATA_DIR, DATABASE_URL, VIGIL_DEMO=1 for the demo dataset)')
    .action(async () => {
      const { startServer } = await import('../server/server.ts');
      const server = await startServer(loadConfig());
      let closing = false;
      const stop = async () => {
        if (closing) return;
        closing = true;
        await server.close();
        process.exit(0);
      };
      process.on('SIGINT', () => void stop());
      process.on('SIGTERM', () => void stop());
    });

  program
    .command('migrate')
    .description('Apply pending database migrations')
    .action(async () => {
      const [{ openDatabase }, { migrate }] = await Promise.all([import('../server/platform/db.ts'), import('../server/platform/migrate.ts')]);
      const c = loadConfig();
      const h = await openDatabase({ databaseUrl: c.databaseUrl, dataDir: c.dataDir });
      try {
        const applied = await migrate(h.db);
        console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
      } finally {
        await h.close();
      }
    });

  program
    .command('demo-data')
    .description('Load the demo dataset into an empty database')
    .action(async () => {
      const [{ openPlatform }, { ensureDemoData }] = await Promise.all([import('../server/platform/platform.ts'), import('../server/demo/demo-data.ts')]);
      const c = loadConfig();
      const p = await openPlatform(c);
      try {
        const loaded = await ensureDemoData(p, c.demoPassword);
        console.log(loaded ? 'Demo dataset loaded.' : 'The database is not empty; nothing was loaded.');
      } finally {
        await p.close();
      }
    });

  const user = program.command('user').description('Manage users');
  user
    .command('create')
    .description('Create a user (the password is read from VIGIL_NEW_PASSWORD or --password-file)')
    .requiredOption('--username <name>')
    .requiredOption('--org <name>', 'organisation name')
    .option('--display-name <name>')
    .option('--clearance <level>', CLASSIFICATIONS.join('|'), 'restricted')
    .option('--roles <json>', 'roles per module as JSON, e.g. {"intel":["read"]}', '{}')
    .option('--password-file <file>')
    .action(async (o: { username: string; org: string; displayName?: string; clearance: string; roles: string; passwordFile?: string }) => {
      const password = o.passwordFile ? readFileSync(o.passwordFile, 'utf8').trim() : process.env.VIGIL_NEW_PASSWORD;
      if (!password) throw new Error('Give the password in VIGIL_NEW_PASSWORD or with --password-file.');
      let roles: unknown;
      try {
        roles = JSON.parse(o.roles);
      } catch {
        throw new Error('--roles must be JSON, e.g. {"intel":["read","write"]}');
      }
      const [{ openPlatform }, { insertUser, userInput, rolesInput }] = await Promise.all([import('../server/platform/platform.ts'), import('../server/modules/admin/admin.service.ts')]);
      const p = await openPlatform(loadConfig());
      try {
        const org = await p.db.selectFrom('organisations').select('id').where('name', '=', o.org).executeTakeFirst();
        if (!org) throw new Error(`No organisation named "${o.org}".`);
        const parsed = userInput.safeParse({ username: o.username, displayName: o.displayName ?? o.username, orgId: org.id, clearance: o.clearance, roles: rolesInput.parse(roles), password });
        if (!parsed.success) {
          const i = parsed.error.issues[0]!;
          throw new Error(`${i.path.join('.')}: ${i.message}`);
        }
        const u = await insertUser(p, parsed.data, (tx, id) =>
          p.audit.append({ userId: null, username: 'cli', orgId: null, orgName: 'Vigil' }, [{ action: 'user.create', recordType: 'user', recordId: id }], tx),
        );
        console.log(`Created user ${u.username} (${u.id}).`);
      } finally {
        await p.close();
      }
    });

  program
    .command('audit')
    .description('Audit log')
    .command('verify')
    .description('Verify the hash chain and signed checkpoints; exits 1 and names the first broken entry')
    .option('--public-key <file>', 'trust only this Ed25519 public key (PEM) for checkpoints (default: VIGIL_AUDIT_PUBLIC_KEY_FILE, VIGIL_AUDIT_KEY_FINGERPRINT or the key file)')
    .option('--thorough', 'recompute every hash in Vigil itself (worker threads on a PostgreSQL server), trusting no hash the database computes')
    .option('--all-signatures', 'check the signature of every checkpoint (the default; kept for scripts)')
    .option('--latest-signature-only', 'check only the latest checkpoint signature (every checkpoint is still matched against the chain)')
    .action(async (o: { publicKey?: string; thorough?: boolean; latestSignatureOnly?: boolean }) => {
      const [{ openDatabase }, { verifyAuditLog }, { keyFingerprint, trustedAuditKeys }] = await Promise.all([
        import('../server/platform/db.ts'),
        import('../server/platform/audit.ts'),
        import('../server/platform/audit-keys.ts'),
      ]);
      const c = loadConfig();
      const trust = trustedAuditKeys(o.publicKey ? { ...c, auditPublicKeyFile: o.publicKey } : c);
      for (const k of trust.keys) console.log(`Trusted audit key: ${keyFingerprint(k)} (from ${trust.source})`);
      for (const f of trust.fingerprints) console.log(`Trusted audit key: ${f} (from ${trust.source})`);
      const h = await openDatabase({ databaseUrl: c.databaseUrl, dataDir: c.dataDir });
      try {
        const t0 = performance.now();
        const v = await verifyAuditLog(h.db, {
          mode: o.thorough ? 'thorough' : 'fast',
          trust,
          ...(o.latestSignatureOnly ? { allSignatures: false } : {}),
          ...(h.backend === 'postgres' && c.databaseUrl ? { databaseUrl: c.databaseUrl } : {}),
        });
        const secs = ((performance.now() - t0) / 1000).toFixed(2);
        if (v.ok) {
          console.log(`Audit log intact: ${v.entries} entries, ${v.checkpoints} checkpoints consistent and signed by the trusted key (${v.mode} verification, ${secs} s).`);
        } else {
          console.error(`Audit log BROKEN at entry ${v.firstBrokenSeq}: ${v.reason}`);
          for (const extra of v.checkpointProblems ?? []) console.error(`  also: ${extra}`);
          process.exitCode = 1;
        }
      } finally {
        await h.close();
      }
    });
}
