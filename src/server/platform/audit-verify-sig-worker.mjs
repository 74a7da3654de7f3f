// Worker-thread entry of the checkpoint signature check: loads the TypeScript worker through tsx.
import { register } from 'tsx/esm/api';
register();
await import('./audit-verify-sig-worker.ts');
