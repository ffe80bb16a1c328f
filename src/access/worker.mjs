// Loads the TypeScript worker through tsx (works from the CLI, the server and vitest alike).
import { register } from 'tsx/esm/api';

register();
const mod = await import('./worker.ts');
export default mod.default;
