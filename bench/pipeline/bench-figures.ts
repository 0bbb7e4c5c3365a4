/**
 * The arithmetic of the pipeline benchmark, kept pure so it is unit tested: percentiles, consumer lag from Kafka
 * offsets, whether a sampled series grew, process figures from /proc, and matching e-mails to the reports that caused them.
 */

/** Nearest-rank percentile of an ascending list; NaN for an empty one. */
export const percentile = (sorted: readonly number[], p: number): number => {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
};

export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export const summariseLatencies = (values: readonly number[]): LatencySummary => {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
  };
};

export interface PartitionEnd {
  partition: number;
  /** Offsets arrive from kafkajs as strings. */
  low: string;
  high: string;
}

export interface CommittedOffset {
  partition: number;
  /** '-1' before the group's first commit on the partition. */
  offset: string;
}

/**
 * A group's lag on one topic: per partition the end minus the committed offset; before the first commit the group
 * starts at the partition's low watermark (fromBeginning), so everything still in the log is lag.
 */
export const topicLag = (ends: readonly PartitionEnd[], committed: readonly CommittedOffset[]): number =>
  ends.reduce((sum, end) => {
    const offset = Number(committed.find((entry) => entry.partition === end.partition)?.offset ?? '-1');
    const position = offset >= 0 ? offset : Number(end.low);
    return sum + Math.max(0, Number(end.high) - position);
  }, 0);

export interface GrowthVerdict {
  grew: boolean;
  first: number;
  last: number;
  peak: number;
  /** Least-squares slope per sample (per second when sampled every second). */
  slope: number;
}

/**
 * Whether a backlog kept growing over a run, from samples taken at a fixed interval: its trend (least-squares slope)
 * compared with the run's mean. A backlog that rises and falls back (bursts, a batch) does not count as growing; one
 * that ends far above where it began does. Fewer than three samples cannot show a trend.
 */
export const growthVerdict = (samples: readonly number[], tolerancePerSample = 0.5): GrowthVerdict => {
  const n = samples.length;
  const first = samples[0] ?? 0;
  const last = samples.at(-1) ?? 0;
  const peak = samples.reduce((max, value) => Math.max(max, value), 0);
  if (n < 3) return { grew: false, first, last, peak, slope: 0 };
  const meanX = (n - 1) / 2;
  const meanY = samples.reduce((sum, value) => sum + value, 0) / n;
  let numerator = 0;
  let denominator = 0;
  samples.forEach((value, index) => {
    numerator += (index - meanX) * (value - meanY);
    denominator += (index - meanX) ** 2;
  });
  const slope = numerator / denominator;
  // Growing: the trend adds more than the tolerance per sample and the last quarter sits above the first quarter.
  const quarter = Math.max(1, Math.floor(n / 4));
  const mean = (values: readonly number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;
  const grew = slope > tolerancePerSample && mean(samples.slice(-quarter)) > mean(samples.slice(0, quarter)) + tolerancePerSample * quarter;
  return { grew, first, last, peak, slope };
};

export interface ProcessSample {
  /** utime + stime in clock ticks, from /proc/<pid>/stat. */
  cpuTicks: number;
  rssBytes: number;
}

/**
 * utime and stime from the text of /proc/<pid>/stat: fields 14 and 15, counted after the command name, which is in
 * parentheses and may itself contain spaces and parentheses (hence the last ')').
 */
export const cpuTicksFromStat = (stat: string): number => {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (state): utime is field 14, stime field 15.
  return Number(fields[11]) + Number(fields[12]);
};

/** VmRSS from the text of /proc/<pid>/status, in bytes (the kernel writes kB). */
export const rssBytesFromStatus = (status: string): number => {
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  return match ? Number(match[1]) * 1024 : Number.NaN;
};

/** CPU use between two samples as a share of one core (1 = one core busy the whole time). */
export const cpuShare = (before: ProcessSample, after: ProcessSample, elapsedMs: number, ticksPerSecond = 100): number =>
  elapsedMs <= 0 ? Number.NaN : (after.cpuTicks - before.cpuTicks) / ticksPerSecond / (elapsedMs / 1000);

export interface Sent {
  recipient: string;
  sentAt: number;
}

export interface Arrived {
  recipient: string;
  arrivedAt: number;
}

/**
 * Pairs each report expected to cause an e-mail with the e-mail that arrived for its recipient, in order: a
 * government's reports are applied in order (one key), so its n-th expected e-mail is the n-th to arrive. Returns
 * the latencies and how many expected e-mails did not (yet) arrive and how many arrived unexpected.
 */
export const matchArrivals = (
  sent: readonly Sent[],
  arrived: readonly Arrived[],
): { latencies: number[]; missing: number; unexpected: number } => {
  const byRecipient = <T extends { recipient: string }>(items: readonly T[], at: (item: T) => number): Map<string, T[]> => {
    const map = new Map<string, T[]>();
    for (const item of items) map.set(item.recipient, [...(map.get(item.recipient) ?? []), item]);
    for (const list of map.values()) list.sort((a, b) => at(a) - at(b));
    return map;
  };
  const sentBy = byRecipient(sent, (item) => item.sentAt);
  const arrivedBy = byRecipient(arrived, (item) => item.arrivedAt);
  const latencies: number[] = [];
  let missing = 0;
  let unexpected = 0;
  for (const [recipient, reports] of sentBy) {
    const mails = arrivedBy.get(recipient) ?? [];
    reports.forEach((report, index) => {
      const mail = mails[index];
      if (mail === undefined) missing += 1;
      else latencies.push(mail.arrivedAt - report.sentAt);
    });
    unexpected += Math.max(0, mails.length - reports.length);
  }
  for (const [recipient, mails] of arrivedBy) if (!sentBy.has(recipient)) unexpected += mails.length;
  return { latencies, missing, unexpected };
};

/** Values that occur more than once, with their counts (Message-IDs seen twice in the sink). */
export const duplicates = (values: readonly string[]): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return new Map([...counts].filter(([, count]) => count > 1));
};

export const formatMs = (value: number): string => (Number.isNaN(value) ? '-' : `${value.toFixed(0)} ms`);
export const formatMb = (bytes: number): string => (Number.isNaN(bytes) ? '-' : `${(bytes / 1024 / 1024).toFixed(0)} MB`);
