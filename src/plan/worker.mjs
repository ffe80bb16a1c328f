// Piscina loads this shim; it registers tsx so the TypeScript worker can be imported, then re-exports its task.
// eslint-disable-next-line no-restricted-imports -- tsx's loader API (tsx/esm/api), not the project's src/api
import { register } from 'tsx/esm/api';
register();
const mod = await import('./worker.ts');
export default mod.default;
