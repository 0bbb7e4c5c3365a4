import { describe, expect, it } from '@jest/globals';
import { LOCAL_CLUSTER_ID, renderLog4jProperties, renderServerProperties } from './kafka-broker.js';

const parse = (text: string): Record<string, string> =>
  Object.fromEntries(
    text
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('#'))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );

describe('Kafka broker configuration', () => {
  const properties = parse(renderServerProperties({ port: 19092, controllerPort: 19093, dataDir: '/tmp/k', host: '127.0.0.1' }));

  it('is a single KRaft node that is both broker and controller on the given ports', () => {
    expect(properties).toMatchObject({
      'process.roles': 'broker,controller',
      'node.id': '1',
      'controller.quorum.voters': '1@127.0.0.1:19093',
      listeners: 'PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093',
      'advertised.listeners': 'PLAINTEXT://127.0.0.1:19092',
      'controller.listener.names': 'CONTROLLER',
      'log.dirs': '/tmp/k/kraft-logs',
    });
  });

  it('never creates topics by accident and works with one replica', () => {
    expect(properties).toMatchObject({
      'auto.create.topics.enable': 'false',
      'num.partitions': '6',
      'offsets.topic.replication.factor': '1',
      'transaction.state.log.replication.factor': '1',
      'transaction.state.log.min.isr': '1',
      'min.insync.replicas': '1',
      'group.initial.rebalance.delay.ms': '0',
    });
  });

  it('has no duplicate keys', () => {
    const keys = renderServerProperties({ port: 1, controllerPort: 2, dataDir: '/d', host: 'h' })
      .split('\n')
      .filter((line) => line.includes('='))
      .map((line) => line.split('=')[0]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('logs to a file only', () => {
    const log4j = parse(renderLog4jProperties('/tmp/k/broker.log'));
    expect(log4j['log4j.rootLogger']).toBe('INFO, file');
    expect(log4j['log4j.appender.file.File']).toBe('/tmp/k/broker.log');
    expect(Object.keys(log4j).some((key) => key.toLowerCase().includes('console'))).toBe(false);
  });

  it('uses a cluster id Kafka accepts: 16 bytes in URL-safe base64 without padding', () => {
    expect(LOCAL_CLUSTER_ID).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(Buffer.from(LOCAL_CLUSTER_ID, 'base64url')).toHaveLength(16);
  });
});
