/**
 * Swaps a freshly written directory into place: the old tree is renamed
 * aside and the new one renamed in, so whoever reads `target` finds the last
 * complete tree or the new complete tree, never one half-written, and a
 * build that fails before the swap leaves the published one as it was.
 */
import { rename, rm } from 'node:fs/promises';

export async function replaceDir(fresh: string, target: string): Promise<void> {
  const old = `${target}.old-${process.pid}`;
  await rm(old, { recursive: true, force: true });
  await rename(target, old).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await rename(fresh, target);
  await rm(old, { recursive: true, force: true });
}
