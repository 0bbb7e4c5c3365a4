/**
 * Whether the pipeline is idle, from the services' own Prometheus metrics (GET /metrics): every consumer group's
 * lag (`kafka_consumer_lag`, per topic and partition, refreshed every few seconds) and every outbox's unpublished
 * rows (`outbox_backlog`) are 0.
 */
export interface PipelineLoad {
  lag: number;
  backlog: number;
}

/** Sums the lag and backlog samples of one Prometheus text exposition. */
export const pipelineLoadOf = (metricsText: string): PipelineLoad => {
  const load: PipelineLoad = { lag: 0, backlog: 0 };
  for (const line of metricsText.split('\n')) {
    const match = /^(kafka_consumer_lag|outbox_backlog)(?:\{[^}]*\})?\s+(\S+)/.exec(line);
    if (!match) continue;
    const value = Number(match[2]);
    if (match[1] === 'kafka_consumer_lag') load.lag += value;
    else load.backlog += value;
  }
  return load;
};

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until every service reports no lag and no backlog in `quietSamples` samples in a row, `intervalMs` apart
 * (together longer than the transport's lag refresh, so a lag gauge cannot be a stale 0 from before the last event).
 */
export const waitForIdlePipeline = async (
  metricsUrls: readonly string[],
  {
    timeoutMs = 600_000,
    intervalMs = 2_000,
    quietSamples = 4,
    onSample,
  }: { timeoutMs?: number; intervalMs?: number; quietSamples?: number; onSample?: (load: PipelineLoad) => void } = {},
): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  let quiet = 0;
  for (;;) {
    const loads = await Promise.all(
      metricsUrls.map(async (url) => {
        const response = await fetch(url);
        if (!response.ok) throw new Error(`${url} answered ${response.status}`);
        return pipelineLoadOf(await response.text());
      }),
    );
    const load = loads.reduce((sum, entry) => ({ lag: sum.lag + entry.lag, backlog: sum.backlog + entry.backlog }), { lag: 0, backlog: 0 });
    onSample?.(load);
    quiet = load.lag === 0 && load.backlog === 0 ? quiet + 1 : 0;
    if (quiet >= quietSamples) return;
    if (Date.now() > deadline) throw new Error(`the pipeline did not get idle: lag ${load.lag}, outbox backlog ${load.backlog}`);
    await sleep(intervalMs);
  }
};
