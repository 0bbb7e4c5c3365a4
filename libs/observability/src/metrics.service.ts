import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics, type Metric } from 'prom-client';

type MetricClass = typeof Counter | typeof Gauge | typeof Histogram;

/**
 * The Prometheus registry of one service instance. Never the global default registry: several
 * services run in one process in tests, and each must report only its own figures.
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();

  constructor(readonly service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
  }

  /** The counter named `name`, created on first use. */
  counter<L extends string = string>(name: string, help: string, labelNames: readonly L[] = []): Counter<L> {
    return this.existing<Counter<L>>(name, Counter) ?? new Counter<L>({ name, help, labelNames, registers: [this.registry] });
  }

  gauge<L extends string = string>(name: string, help: string, labelNames: readonly L[] = []): Gauge<L> {
    return this.existing<Gauge<L>>(name, Gauge) ?? new Gauge<L>({ name, help, labelNames, registers: [this.registry] });
  }

  /** `buckets` (seconds, for latencies) only counts when the histogram is created. */
  histogram<L extends string = string>(name: string, help: string, labelNames: readonly L[] = [], buckets?: number[]): Histogram<L> {
    return (
      this.existing<Histogram<L>>(name, Histogram) ??
      new Histogram<L>({ name, help, labelNames, registers: [this.registry], ...(buckets === undefined ? {} : { buckets }) })
    );
  }

  /** Prometheus text exposition of everything in this registry. */
  async expose(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }

  /** Twice the same name must mean the same kind of metric; anything else is a programming error. */
  private existing<M extends Metric>(name: string, kind: MetricClass): M | undefined {
    const metric = this.registry.getSingleMetric(name);
    if (metric === undefined) return undefined;
    if (!(metric instanceof kind)) throw new Error(`metric ${name} already exists as another type (${metric.constructor.name})`);
    return metric as M;
  }
}
