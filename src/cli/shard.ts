import { createHash } from 'node:crypto';
import { UsageError } from './errors.js';

/** `--shard I/N`: the I-th of N slices, 1-based, as Jest and Playwright count. */
export interface Shard {
  index: number;
  count: number;
}

export function parseShard(value: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new UsageError({
      zh: `--shard 须写成“第几份/共几份”，如 1/3（第几份从 1 起，不大于共几份），而不是“${value}”`,
      en: `--shard expects I/N with 1 <= I <= N, such as 1/3; got "${value}"`,
    });
  }
  return { index, count };
}

/**
 * Whether the file shown as `name` belongs to the shard. A file is assigned by a hash of its name, not by its
 * position in the sorted list: adding or removing a dossier then moves no other dossier to another shard, so each CI
 * job keeps checking the same files and its `--cache` stays warm. The price is that slices are equal only on
 * average (on thousands of files, within a few per cent), which is where sharding is worth it. The name is the one
 * the report shows (relative to the working folder, `/` on every platform), so every job of a CI matrix that runs
 * from the repository root assigns the same file to the same shard on any system.
 */
export function inShard(name: string, shard: Shard): boolean {
  if (shard.count === 1) return true;
  // 48 bits of SHA-256: uniform, and far more values than shards, so the remainder is as good as unbiased.
  const bucket = createHash('sha256').update(name).digest().readUIntBE(0, 6) % shard.count;
  return bucket === shard.index - 1;
}
