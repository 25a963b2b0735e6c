// CPU seconds of processes from /proc: their own, and optionally that of the children they have waited
// for (sshd's per-connection processes and their shells).
import { readFile } from 'node:fs/promises';

/** Linux's USER_HZ: /proc counts CPU time in these ticks. */
const ticksPerSecond = 100;

async function cpuTicks(pid: number, withChildren: boolean): Promise<number> {
  const stat = await readFile(`/proc/${String(pid)}/stat`, 'utf8').catch(() => '');
  // Fields after the command name (which may hold spaces), from the state (field 3) on.
  const fields = stat
    .slice(stat.lastIndexOf(')') + 2)
    .split(' ')
    .map(Number);
  const [utime = 0, stime = 0, cutime = 0, cstime = 0] = fields.slice(11, 15);
  return utime + stime + (withChildren ? cutime + cstime : 0);
}

export async function cpuSeconds(pids: readonly number[], withChildren = false): Promise<number> {
  const ticks = await Promise.all(pids.map((pid) => cpuTicks(pid, withChildren)));
  return ticks.reduce((sum, value) => sum + value, 0) / ticksPerSecond;
}
