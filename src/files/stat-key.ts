/**
 * What a file's stat says of its identity and its last change, as one string
 * the site's content loader and the search index's scan memo both record to
 * skip files that did not change between builds. Inode, size, modification
 * and change time in nanoseconds: the change time moves on every write and,
 * unlike the modification time, cannot be set back, so an edit that keeps
 * the size and restores the mtime still shows; the inode shows a file
 * replaced by a rename.
 */
import type { BigIntStats } from 'node:fs';

export function statKey(stats: BigIntStats): string {
  return `${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}`;
}
