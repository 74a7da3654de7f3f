// Worker-thread entry of the screening benchmark: loads the TypeScript worker through tsx.
import { register } from 'tsx/esm/api';
register();
await import('./worker-main.ts');
