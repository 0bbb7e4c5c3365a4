import { RuleViolation } from '#domain';
import { CHANNELS, isCritical, kindsFor, type Audience, type Channel, type NoticeKind } from './notice-kinds.js';

export interface Preference {
  kind: NoticeKind;
  channel: Channel;
  enabled: boolean;
}

export interface PreferenceView extends Preference {
  /** Critical kinds are always sent: lagging, at-risk and overdue. */
  critical: boolean;
}

/** Without a stored choice every kind goes over every channel; a critical kind always does. */
export const isWanted = (stored: readonly Preference[], kind: NoticeKind, channel: Channel): boolean =>
  isCritical(kind) || (stored.find((preference) => preference.kind === kind && preference.channel === channel)?.enabled ?? true);

/** Every kind and channel a recipient of the audience has, with what is in force. */
export const preferencesInForce = (audience: Audience, stored: readonly Preference[]): PreferenceView[] =>
  kindsFor(audience).flatMap((kind) =>
    CHANNELS.map((channel) => ({ kind, channel, enabled: isWanted(stored, kind, channel), critical: isCritical(kind) })),
  );

/**
 * Refuses, naming every problem at once, a change that switches off a critical kind, names a kind the recipient
 * does not receive, or names the same kind and channel twice.
 */
export const assertPreferencesAllowed = (audience: Audience, changes: readonly Preference[]): void => {
  const available = kindsFor(audience);
  const seen = new Set<string>();
  const problems: { field: string; problem: string }[] = [];
  changes.forEach((change, index) => {
    const field = `preferences[${index}]`;
    if (!available.includes(change.kind))
      problems.push({
        field: `${field}.kind`,
        problem: `${change.kind} is not sent to ${audience === 'abb' ? 'ABB staff' : 'a local government'} (${available.join(', ')})`,
      });
    else if (isCritical(change.kind) && !change.enabled)
      problems.push({ field: `${field}.enabled`, problem: `${change.kind} is critical and cannot be switched off` });
    const key = `${change.kind}/${change.channel}`;
    if (seen.has(key)) problems.push({ field, problem: `${change.kind} over ${change.channel} is named more than once` });
    seen.add(key);
  });
  if (problems.length > 0) throw RuleViolation.of(problems);
};
