/**
 * Reports are versioned: a newer version replaces what is recorded, an older one arriving late (or the
 * same one again) changes nothing. Every service that keeps a figure from reports applies this rule.
 */
export const supersedes = (recordedVersion: number | undefined, incomingVersion: number): boolean =>
  recordedVersion === undefined || incomingVersion > recordedVersion;
