import type { ValueTransformer } from 'typeorm';

/** bigint columns of euro cents: sums over a year exceed 2^31, yet stay far below 2^53, so a number holds them exactly. */
export const CENTS: ValueTransformer = { to: (value: number) => value, from: (value: string) => Number(value) };
