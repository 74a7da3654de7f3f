/**
 * `vigil legal verify`: checks every special-method authorisation's and every judicial cooperation
 * request's chain of steps and the server's Ed25519 signature of each step against the trusted key (as
 * `vigil audit verify` does for the audit log). Exits 1 and names the first bad step of each broken
 * authorisation or request.
 */
import type { Command } from 'commander';
import { loadConfig } from '../server/platform/config.ts';

export function registerLegalCommands(program: Command): void {
  program
    .command('legal')
    .description('Legal pillar')
    .command('verify')
    .description('Verify the chain and the Ed25519 signature of every step of the authorisations and cooperation requests; exits 1 and names the first bad step')
    .option('--public-key <file>', 'trust only this Ed25519 public key (PEM) (default: VIGIL_AUDIT_PUBLIC_KEY_FILE, VIGIL_AUDIT_KEY_FINGERPRINT or the key file)')
    .action(async (o: { publicKey?: string }) => {
      // Loaded when the command runs, not when `vigil` starts (src/cli/main.ts).
      const [{ openDatabase }, { verifyEvery }] = await Promise.all([import('../server/platform/db.ts'), import('../server/modules/legal/signatures.service.ts')]);
      const c = loadConfig();
      const h = await openDatabase({ databaseUrl: c.databaseUrl, dataDir: c.dataDir });
      try {
        const v = await verifyEvery(h.db, o.publicKey ? { ...c, auditPublicKeyFile: o.publicKey } : c);
        const coop = v.cooperation;
        if (v.broken.length === 0) console.log(`Authorisations intact: ${v.authorisations} authorisations, ${v.transitions} steps (${v.signed} signed by the trusted key, ${v.unsigned} made before signing began).`);
        if (coop.ok) console.log(`Cooperation requests intact: ${coop.requests} requests, ${coop.transitions} steps (${coop.signed} signed by the trusted key, ${coop.unsigned} made before signing began).`);
        for (const b of v.broken) console.error(`authorisation ${b.reference} (${b.authorisationId}) BROKEN at step ${b.firstBad!.seq}: ${b.firstBad!.kind} — ${b.firstBad!.detail}`);
        for (const b of coop.broken) console.error(`cooperation request ${b.reference} (${b.requestId}) BROKEN at step ${b.firstBad!.seq}: ${b.firstBad!.kind} — ${b.firstBad!.detail}`);
        if (!v.ok) process.exitCode = 1;
      } finally {
        await h.close();
      }
    });
}
