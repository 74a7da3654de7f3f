/**
 * Worker thread of the signature check (audit-keys.ts checkSignatures): verifies a slice of checkpoint
 * signatures with node:crypto, synchronously, against the trusted public keys it is given (PEM by key
 * id); posts back the indexes (within the slice) whose signature does not verify.
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { checkpointMessage } from '../../core/audit/chain.ts';

interface SigJob {
  keys: Record<string, string>;
  seqs: number[];
  heads: string[];
  keyIds: string[];
  signatures: string[];
}

const job = workerData as SigJob;
try {
  const keys = new Map<string, KeyObject>(Object.entries(job.keys).map(([id, pem]) => [id, createPublicKey(pem)]));
  const bad: number[] = [];
  for (let i = 0; i < job.seqs.length; i++) {
    const key = keys.get(job.keyIds[i]!);
    if (!key || !verify(null, checkpointMessage(job.seqs[i]!, job.heads[i]!), key, Buffer.from(job.signatures[i]!, 'base64'))) bad.push(i);
  }
  parentPort!.postMessage({ bad });
} catch (e) {
  parentPort!.postMessage({ error: e instanceof Error ? e.message : String(e) });
}
