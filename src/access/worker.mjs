// Loads the TypeScript worker through tsx (works from the CLI, the server and vitest alike).
// eslint-disable-next-line no-restricted-imports -- tsx's loader API (tsx/esm/api), not the project's src/api
import { register } from 'tsx/esm/api';

register();
const mod = await import('./worker.ts');
export default mod.default;
