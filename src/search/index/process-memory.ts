/**
 * Peak resident memory of this process's descendants (the Pagefind service
 * the Node API spawns, and anything it spawns), and of them with this process
 * (which holds the exact-match layer's parts), sampled from /proc. Linux
 * only: elsewhere the peak stays undefined.
 */
import { readFile, readdir } from 'node:fs/promises';

async function children(pid: number): Promise<number[]> {
  const tasks = await readdir(`/proc/${pid}/task`).catch(() => [] as string[]);
  const lists = await Promise.all(tasks.map((task) => readFile(`/proc/${pid}/task/${task}/children`, 'utf8').catch(() => '')));
  return lists.flatMap((list) => list.split(' ').filter(Boolean).map(Number));
}

async function residentBytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024;
}

/** Summed RSS of every descendant of `root`. */
export async function descendantsResidentBytes(root: number): Promise<number> {
  let total = 0;
  for (let pending = await children(root); pending.length > 0; ) {
    const pid = pending.pop()!;
    total += await residentBytes(pid);
    pending.push(...(await children(pid)));
  }
  return total;
}

export interface PeakMemory {
  /** The descendants' summed RSS at its highest. */
  descendants: number;
  /** The root's and its descendants' summed RSS at its highest: the whole stage. */
  withRoot: number;
}

export interface PeakMemoryWatch {
  /** Stops sampling; the highest sums seen, or undefined without /proc. */
  stop(): Promise<PeakMemory | undefined>;
}

export function watchDescendantsPeak(root = process.pid, intervalMs = 200): PeakMemoryWatch {
  const peak: PeakMemory = { descendants: 0, withRoot: 0 };
  let running = true;
  const sampling = (async () => {
    while (running) {
      const [descendants, own] = await Promise.all([descendantsResidentBytes(root), residentBytes(root)]);
      peak.descendants = Math.max(peak.descendants, descendants);
      peak.withRoot = Math.max(peak.withRoot, descendants + own);
      await new Promise((done) => setTimeout(done, intervalMs));
    }
  })();
  const hasProc = readdir('/proc/self').then(() => true, () => false);
  return {
    async stop() {
      running = false;
      await sampling;
      return (await hasProc) ? peak : undefined;
    },
  };
}
