// Worker-thread entry of the thorough audit verifier: loads the TypeScript worker through tsx.
import { register } from 'tsx/esm/api';
register();
await import('./audit-verify-worker.ts');
