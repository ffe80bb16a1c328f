/**
 * CPU seconds (user + system, Linux /proc) of the processes a request runs through: the server's Node process and
 * the PostgreSQL it started (the postmaster and every backend, found as the postmaster's children).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function stat(pid: number): { ppid: number; cpu: number; reaped: number } | null {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return { ppid: Number(f[1]), cpu: (Number(f[11]) + Number(f[12])) / 100, reaped: (Number(f[13]) + Number(f[14])) / 100 };
  } catch {
    return null;
  }
}

/** CPU seconds of one process so far (NaN when it is gone or /proc is absent). */
export function cpuOf(pid: number): number {
  return stat(pid)?.cpu ?? NaN;
}

/**
 * CPU seconds of the embedded PostgreSQL under `pgDir` so far: the postmaster, its children alive now, and the
 * children that already exited (their time is in the postmaster's cutime/cstime once reaped).
 */
export function postgresCpu(pgDir: string): number {
  let master: number;
  try {
    master = Number(readFileSync(join(pgDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return NaN;
  }
  const m = stat(master);
  if (!m) return NaN;
  let sum = m.cpu + m.reaped;
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const s = stat(Number(name));
    if (s && s.ppid === master) sum += s.cpu;
  }
  return sum;
}
