import { describe, expect, it } from '@jest/globals';
import { differences, progressText, renderTable, rowsOf } from './difference-table.js';
import { pipelineLoadOf } from './pipeline-idle.js';
import { publishedFigures } from './published-figures.js';

describe('the replay table', () => {
  const figures = publishedFigures(1, ['action2']);

  it('puts published, platform and difference side by side and finds the rows that differ', () => {
    const platform = new Map(figures.map((figure) => [figure.key, figure.value]));
    platform.set('action 2.realised', 13);
    platform.delete('action 2.planned');
    const rows = rowsOf(figures, platform);
    expect(renderTable(rows).split('\n')).toEqual([
      'figure                       published  platform  difference',
      '---------------------------  ---------  --------  ----------',
      'action 2: budget (EUR)         400,000   400,000           0',
      'action 2: local governments         24        24           0',
      'action 2: planned                   16         -           -',
      'action 2: realised                  14        13          -1',
      '',
    ]);
    expect(differences(rows).map((row) => row.label)).toEqual(['action 2: planned', 'action 2: realised']);
  });

  it('draws the progress bar', () => {
    expect(progressText(25, 100, 10)).toBe('[###-------] 25/100 requests  25.0%');
  });
});

describe('the pipeline load in Prometheus metrics', () => {
  it('sums consumer lag over topics and partitions, and the outbox backlog', () => {
    const text = [
      '# HELP kafka_consumer_lag Messages not yet consumed, per topic and partition',
      '# TYPE kafka_consumer_lag gauge',
      'kafka_consumer_lag{topic="x.samenleven.reporting.v1",partition="0"} 3',
      'kafka_consumer_lag{topic="x.samenleven.reporting.v1",partition="1"} 0',
      'kafka_consumer_lag{topic="x.samenleven.applications.v1",partition="2"} 2',
      'outbox_backlog 7',
      'outbox_relay_published_total 12',
    ].join('\n');
    expect(pipelineLoadOf(text)).toEqual({ lag: 5, backlog: 7 });
    expect(pipelineLoadOf('outbox_backlog 0\n')).toEqual({ lag: 0, backlog: 0 });
  });
});
