// Piscina loads this shim; it registers tsx so the TypeScript worker can be imported, then re-exports its task.
import { register } from 'tsx/esm/api';
register();
const mod = await import('./solver-worker.ts');
export default mod.default;
