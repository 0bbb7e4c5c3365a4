import type { Random } from './seeded-random.js';

export interface Bounds {
  min: number;
  /** Infinity: no upper bound. */
  max: number;
}

/**
 * Whole numbers within their bounds that add up to exactly `total`, spread in proportion to `weights` (random when
 * left out): how the generator turns a published sum into the figures of individual lines. Throws when the bounds
 * cannot hold the total.
 */
export const splitTotal = (random: Random, total: number, bounds: readonly Bounds[], weights?: readonly number[]): number[] => {
  if (!Number.isSafeInteger(total)) throw new Error(`splitTotal: ${total} is not a whole number`);
  const mins = bounds.reduce((sum, bound) => sum + bound.min, 0);
  const maxs = bounds.reduce((sum, bound) => sum + bound.max, 0);
  if (total < mins || total > maxs)
    throw new Error(`splitTotal: ${total} does not fit ${bounds.length} parts between ${mins} and ${maxs} in total`);
  const values = bounds.map((bound) => bound.min);
  let remaining = total - mins;
  const weightOf = (index: number): number => Math.max(1e-9, weights?.[index] ?? random.between(0.2, 1));
  // Proportional rounds first (cheap for big totals), then one unit at a time for what rounding left over.
  for (let round = 0; round < 8 && remaining > bounds.length; round += 1) {
    const open = values.map((_value, index) => index).filter((index) => values[index]! < bounds[index]!.max);
    const weightSum = open.reduce((sum, index) => sum + weightOf(index), 0);
    const before = remaining;
    for (const index of open) {
      const share = Math.floor((before * weightOf(index)) / weightSum);
      const added = Math.min(share, bounds[index]!.max - values[index]!, remaining);
      values[index] += added;
      remaining -= added;
    }
  }
  while (remaining > 0) {
    const open = values.map((_value, index) => index).filter((index) => values[index]! < bounds[index]!.max);
    const index = random.pick(open);
    values[index] += 1;
    remaining -= 1;
  }
  return values;
};
