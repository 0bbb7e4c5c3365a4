import { InboxEntity } from './inbox.entity.js';
import { OutboxEntity } from './outbox.entity.js';

export const MESSAGING_ENTITIES = [OutboxEntity, InboxEntity];
