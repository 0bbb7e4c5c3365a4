import type { SessionScheduledV1 } from '#contracts';
import type { LearningSession, SessionPlan } from '../../domain/learning-session.js';
import type { LearningNetworkEntity } from '../../infrastructure/learning-network.entity.js';

/** What the session events carry: the whole session and whom to tell. */
export const sessionFacts = (network: LearningNetworkEntity, session: LearningSession, recipientCodes: string[]): SessionScheduledV1 => ({
  sessionId: session.id,
  networkId: network.id,
  mentorGovernmentCode: network.mentorCode,
  actionNumber: network.actionNumber,
  projectYear: network.projectYear,
  title: session.title,
  theme: session.theme,
  startsAt: session.startsAt.toISOString(),
  endsAt: session.endsAt.toISOString(),
  place: session.place,
  onlineLink: session.onlineLink,
  agenda: session.agenda,
  capacity: session.capacity,
  materials: session.materials,
  sequence: session.sequence,
  recipientCodes,
});

export interface SessionPlanInput {
  title: string;
  theme?: string;
  startsAt: string;
  endsAt: string;
  place?: string | null;
  onlineLink?: string | null;
  agenda?: string;
  capacity: number;
  materials?: string[];
}

export const planFrom = (input: SessionPlanInput): SessionPlan => ({
  title: input.title,
  theme: input.theme ?? '',
  startsAt: new Date(input.startsAt),
  endsAt: new Date(input.endsAt),
  place: input.place ?? null,
  onlineLink: input.onlineLink ?? null,
  agenda: input.agenda ?? '',
  capacity: input.capacity,
  materials: input.materials ?? [],
});
