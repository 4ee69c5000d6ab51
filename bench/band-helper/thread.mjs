// Plain-JS entry of the helper thread: registers tsx in this thread, then loads the TypeScript thread.
import { register } from 'tsx/esm/api';

register();
await import('./thread.ts');
