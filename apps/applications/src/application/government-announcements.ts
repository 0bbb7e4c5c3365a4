import { governmentRegisteredV2, governmentUpdatedV1, type GovernmentV2 } from '#contracts';
import type { OutboxWriter } from '#messaging';
import type { GovernmentField, LocalGovernment } from '../domain/local-government.js';

/** The whole entry, as both government-registered v2 and government-updated v1 carry it (the arrondissement stays here). */
export const governmentPayload = (government: LocalGovernment): GovernmentV2 => ({
  governmentCode: government.code,
  kind: government.kind,
  kboNumber: government.kboNumber,
  name: government.name,
  province: government.province,
  inhabitants: government.inhabitants,
  nonEuOriginInhabitants: government.nonEuOriginInhabitants,
  contacts: government.contacts.map(({ name, email, phone, role }) => ({ name, email, phone, role })),
});

export const announceRegistered = async (outbox: OutboxWriter, government: LocalGovernment): Promise<void> => {
  await outbox.append(governmentRegisteredV2, { key: government.code, payload: governmentPayload(government) });
};

export const announceUpdated = async (
  outbox: OutboxWriter,
  government: LocalGovernment,
  changedFields: GovernmentField[],
): Promise<void> => {
  await outbox.append(governmentUpdatedV1, { key: government.code, payload: { ...governmentPayload(government), changedFields } });
};
