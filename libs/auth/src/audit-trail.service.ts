import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { currentContext, currentCorrelationId, type Actor } from '#observability';
import { requireTransaction } from '#persistence';
import { AuditLogEntity, type JsonValue } from './audit-log.entity.js';

export interface AuditEntry {
  action: string;
  objectType: string;
  objectId: string;
  before: unknown;
  after: unknown;
}

/** Work without a caller (demo seeding, event consumers) is done by the system itself. */
export const SYSTEM_ACTOR: Actor = { subject: 'system', role: 'system', organisationCode: null };

/** Dates become ISO strings and undefined becomes null, exactly as the jsonb column will hold them. */
const asJson = (value: unknown): JsonValue => {
  const text = JSON.stringify(value);
  return text === undefined ? null : (JSON.parse(text) as JsonValue);
};

/** Writes who did what, when, with before/after, in the current unit of work: the audit row commits or rolls back with the change. */
@Injectable()
export class AuditTrail {
  async record(entry: AuditEntry): Promise<void> {
    const manager = requireTransaction(`the audit entry of ${entry.action}`);
    const actor = currentContext()?.actor ?? SYSTEM_ACTOR;
    await manager.getRepository(AuditLogEntity).insert({
      id: randomUUID(),
      occurredAt: new Date(),
      actorSubject: actor.subject,
      actorRole: actor.role,
      actorOrganisation: actor.organisationCode,
      action: entry.action,
      objectType: entry.objectType,
      objectId: entry.objectId,
      before: asJson(entry.before),
      after: asJson(entry.after),
      correlationId: currentCorrelationId(),
    });
  }
}
