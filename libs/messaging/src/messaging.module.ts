import { Module, type DynamicModule } from '@nestjs/common';
import { KafkaClient } from './kafka-client.service.js';
import { KafkaEventTransport } from './kafka-event.transport.js';
import { MESSAGING_OPTIONS, type MessagingOptions } from './messaging-options.js';
import { OutboxRelay } from './outbox-relay.service.js';
import { OutboxWriter } from './outbox-writer.service.js';

/**
 * Outbox writer and relay, the Kafka consumer transport and the Kafka client of one service. Global,
 * so use cases anywhere in the service can inject OutboxWriter. Needs a TypeORM DataSource (with
 * MESSAGING_ENTITIES and the messaging migration) and the ObservabilityModule's Metrics and ReadinessRegistry.
 * Start consuming with `app.connectMicroservice({ strategy: app.get(KafkaEventTransport) })`.
 */
@Module({})
export class MessagingModule {
  static forService(options: MessagingOptions): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      providers: [{ provide: MESSAGING_OPTIONS, useValue: options }, KafkaClient, OutboxWriter, OutboxRelay, KafkaEventTransport],
      exports: [MESSAGING_OPTIONS, KafkaClient, OutboxWriter, OutboxRelay, KafkaEventTransport],
    };
  }
}
