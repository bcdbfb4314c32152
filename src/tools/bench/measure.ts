/**
 * Run one build stage as a child process and measure it: wall time and peak
 * memory of the whole process tree (Astro and Pagefind both fork helpers, and
 * Pagefind's Rust service is where the memory goes).
 *
 * Peak memory is the largest of three readings, because each misses something:
 * - the sum of VmRSS over the tree, sampled every POLL_MS (misses short spikes);
 * - the largest VmHWM of any one process (its own exact peak, read while alive);
 * - GNU time's %M, when /usr/bin/time exists (exact, but per process, not summed).
 *
 * CPU time is the larger of two readings, for the same reason:
 * - GNU time's user + system time, which counts a child only once its parent
 *   waited for it (a service killed as its parent exits is left out);
 * - the sum over every process seen in the tree of its last sampled
 *   utime + stime (misses at most the last POLL_MS of each process).
 */
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';

export interface Measurement {
  wallSeconds: number;
  /** Peak resident memory of the process tree, bytes. */
  peakRssBytes: number;
  /** User + system CPU time of the process tree; null when neither GNU time nor /proc could tell. */
  cpuSeconds: number | null;
  /** 1-minute load average when the stage ended: other work on the machine inflates wall time, not CPU time. */
  loadAverage: number;
  /** How the peak was found: `tree-sum`, `process-hwm` or `gnu-time`. */
  peakSource: 'tree-sum' | 'process-hwm' | 'gnu-time';
  processes: number;
  exitCode: number | null;
  signal: string | null;
  log: string;
}

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** stdout and stderr of the stage go here, not to the bench's own streams. */
  log: string;
}

const POLL_MS = 100;
const GNU_TIME = '/usr/bin/time';
const KIB = 1024;

/** Clock ticks per second, the unit of the CPU times in /proc/<pid>/stat. */
function clockTicks(): number {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
}

interface ProcessStat {
  ppid: number;
  /** utime + stime so far, in clock ticks. */
  cpuTicks: number;
}

/**
 * ppid and CPU time of every live process, from /proc/<pid>/stat: the fields
 * after the parenthesised command name start with state, ppid; utime and
 * stime are the 12th and 13th of them.
 */
function statsOfAll(): Map<number, ProcessStat> {
  const stats = new Map<number, ProcessStat>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      stats.set(Number(entry), { ppid: Number(fields[1]), cpuTicks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // The process exited between readdir and read.
    }
  }
  return stats;
}

/** The processes of the tree under `root` (itself included), with their stats. */
function descendants(root: number): Map<number, ProcessStat> {
  const stats = statsOfAll();
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of stats) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const tree = new Map<number, ProcessStat>();
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    const stat = stats.get(pid);
    if (stat) tree.set(pid, stat);
    stack.push(...(children.get(pid) ?? []));
  }
  return tree;
}

function memoryOf(pid: number): { rss: number; hwm: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string): number => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * KIB;
    return { rss: field('VmRSS'), hwm: field('VmHWM') };
  } catch {
    return undefined;
  }
}

export function canMeasureMemory(): boolean {
  return existsSync('/proc/self/status');
}

export async function runMeasured(argv: readonly string[], options: RunOptions): Promise<Measurement> {
  const [command, ...args] = argv;
  if (!command) throw new Error('runMeasured: empty command');
  const timeFile = `${options.log}.time`;
  const useGnuTime = existsSync(GNU_TIME);
  const out = openSync(options.log, 'w');
  const started = performance.now();
  const child = spawn(useGnuTime ? GNU_TIME : command, useGnuTime ? ['-f', '%M %U %S', '-o', timeFile, command, ...args] : args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', out, out],
  });
  let treeSum = 0;
  let processHwm = 0;
  /** Last sampled CPU ticks of every process seen in the tree. */
  const cpuTicks = new Map<number, number>();
  const sample = (): void => {
    if (child.pid === undefined || !canMeasureMemory()) return;
    let sum = 0;
    for (const [pid, stat] of descendants(child.pid)) {
      const memory = memoryOf(pid);
      if (!memory) continue;
      cpuTicks.set(pid, stat.cpuTicks);
      sum += memory.rss;
      processHwm = Math.max(processHwm, memory.hwm);
    }
    treeSum = Math.max(treeSum, sum);
  };
  const timer = setInterval(sample, POLL_MS);
  const [exitCode, signal] = await new Promise<[number | null, string | null]>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, sig) => resolve([code, sig]));
  }).finally(() => {
    clearInterval(timer);
    closeSync(out);
  });
  const wallSeconds = (performance.now() - started) / 1000;
  let gnuTime = 0;
  let gnuCpuSeconds = 0;
  if (useGnuTime && existsSync(timeFile)) {
    // GNU time writes "Command exited with non-zero status N" before the figures when the stage fails.
    const [maxRssKib = 0, user = 0, system = 0] = (readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) ?? '').split(' ').map(Number);
    gnuTime = maxRssKib * KIB || 0;
    gnuCpuSeconds = user + system;
    rmSync(timeFile);
  }
  const sampledCpuSeconds = [...cpuTicks.values()].reduce((sum, ticks) => sum + ticks, 0) / clockTicks();
  const cpuSeconds = useGnuTime || cpuTicks.size > 0 ? Math.max(gnuCpuSeconds, sampledCpuSeconds) : null;
  const readings = [
    ['tree-sum', treeSum],
    ['process-hwm', processHwm],
    ['gnu-time', gnuTime],
  ] as const;
  const [peakSource, peakRssBytes] = readings.reduce((best, reading) => (reading[1] > best[1] ? reading : best));
  // The wrapper itself is not part of the stage.
  const processes = Math.max(0, cpuTicks.size - (useGnuTime ? 1 : 0));
  return { wallSeconds, cpuSeconds, loadAverage: loadavg()[0] ?? 0, peakRssBytes, peakSource, processes, exitCode, signal, log: options.log };
}
