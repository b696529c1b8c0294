/**
 * Stable slices of a class: a student belongs to shard K of N by a hash of the student id alone, so
 * every machine of a CI matrix or an indexed Job computes the same split with no coordinator.
 */
import { createHash } from 'node:crypto';
import { UsageError } from '../core/errors.js';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** Parses `K/N` (1 ≤ K ≤ N). */
export function parseShard(value: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || index < 1 || index > count || count > 100_000) {
    throw new UsageError(`--shard: '${value}' is not K/N with 1 ≤ K ≤ N`, 'e.g. --shard 2/8; in a Kubernetes indexed Job: --shard $((JOB_COMPLETION_INDEX + 1))/N').inKorean(`--shard: '${value}'는 1 ≤ K ≤ N인 K/N 꼴이 아닙니다`, '예: --shard 2/8; Kubernetes 인덱스 Job에서는 --shard $((JOB_COMPLETION_INDEX + 1))/N');
  }
  return { index, count };
}

/** The 1-based shard a key (student id) falls in. */
export function shardOf(key: string, count: number): number {
  return (createHash('sha256').update(key, 'utf8').digest().readUInt32BE(0) % count) + 1;
}

/** Whether `key` belongs to `shard` (always true without sharding). */
export function inShard(key: string, shard: Shard | null | undefined): boolean {
  return !shard || shardOf(key, shard.count) === shard.index;
}
