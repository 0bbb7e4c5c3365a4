import { describe, expect, it } from '@jest/globals';
import { checkAnnouncements, signallingSummaries, checkMail, judge, recomputeRealised, type AnnouncedChange } from './chaos-checks.js';

const report = (governmentCode: string, periodCode: string, version: number, achieved: number | null) => ({
  governmentCode,
  periodCode,
  version,
  results: [{ indicatorCode: 'A05', achieved }],
});

const change = (eventId: string, previousStatus: AnnouncedChange['status'], status: AnnouncedChange['status']): AnnouncedChange => ({
  eventId,
  governmentCode: '70001',
  indicatorCode: 'A05',
  periodCode: 'PJ1-INTERIM',
  previousStatus,
  status,
});

const messageIdOf = (id: string): string => `<${id}@test>`;

describe('recomputeRealised', () => {
  it('counts the latest version of the latest period per government, a nil as 0', () => {
    const realised = recomputeRealised([
      report('70001', 'PJ1-INTERIM', 1, 100),
      report('70001', 'PJ1-INTERIM', 2, 150),
      report('70001', 'PJ1-ANNUAL', 1, 400),
      report('70002', 'PJ1-INTERIM', 2, 30),
      report('70002', 'PJ1-INTERIM', 1, 900),
      report('70003', 'PJ1-INTERIM', 1, null),
    ]);
    expect(realised).toEqual(new Map([['A05', 430]]));
  });

  it('refuses a period the catalogue does not know', () => {
    expect(() => recomputeRealised([report('70001', 'PJ9-NONE', 1, 1)])).toThrow('PJ9-NONE');
  });
});

describe('checkAnnouncements', () => {
  it('accepts a chain of changes and ignores a redelivered copy of one event', () => {
    const check = checkAnnouncements([
      change('e1', 'not-reported', 'lagging'),
      change('e1', 'not-reported', 'lagging'),
      change('e2', 'lagging', 'on-track'),
    ]);
    expect(check).toEqual({ messages: 3, distinctEvents: 2, duplicatedChanges: 0, signalling: [] });
  });

  it('counts a change announced again under another event id', () => {
    const check = checkAnnouncements([change('e1', 'not-reported', 'lagging'), change('e2', 'not-reported', 'lagging')]);
    expect(check.duplicatedChanges).toBe(1);
  });
});

describe('signallingSummaries', () => {
  const summary = (eventId: string, governmentCode: string, lagging: string[], atRisk: string[] = []) => ({
    eventId,
    governmentCode,
    periodCode: 'PJ1-INTERIM',
    lagging,
    atRisk,
  });

  it('expects one e-mail for the first summary with anything behind, and again only when it is worse', () => {
    expect(
      signallingSummaries([
        summary('s0', '70001', []),
        summary('s1', '70001', ['A05']),
        summary('s1', '70001', ['A05']),
        summary('s2', '70001', ['A05']),
        summary('s3', '70001', [], ['A05']),
        summary('s4', '70002', ['A05']),
      ]),
    ).toEqual(['s1', 's3', 's4']);
  });
});

describe('checkMail', () => {
  const notifications = [
    { id: 'n1', causeEventId: 'e1' },
    { id: 'n2', causeEventId: 'e2' },
  ];

  it('counts a resend with the same Message-ID as resent, not duplicated', () => {
    const check = checkMail(['e1', 'e2'], notifications, ['<n1@test>', '<n2@test>', '<n1@test>'], messageIdOf);
    expect(check).toEqual({ messages: 3, distinctMessageIds: 2, resent: 1, lost: 0, duplicated: 0 });
  });

  it('counts a cause without mail as lost and a second notification of one cause as duplicated', () => {
    const lost = checkMail(['e1', 'e2'], notifications, ['<n1@test>'], messageIdOf);
    expect(lost).toMatchObject({ lost: 1, duplicated: 0 });
    const twice = checkMail(
      ['e1'],
      [...notifications.slice(0, 1), { id: 'n3', causeEventId: 'e1' }],
      ['<n1@test>', '<n3@test>'],
      messageIdOf,
    );
    expect(twice).toMatchObject({ lost: 0, duplicated: 1 });
  });

  it('counts mail no expected cause explains as duplicated', () => {
    expect(checkMail(['e1'], notifications, ['<n1@test>', '<n2@test>', '<stray@test>'], messageIdOf)).toMatchObject({
      lost: 0,
      duplicated: 2,
    });
  });
});

describe('judge', () => {
  const clean = {
    realised: [{ indicatorCode: 'A05', figure: 10, fromClient: 10, fromStore: 10 }],
    announcements: { messages: 1, distinctEvents: 1, duplicatedChanges: 0, signalling: [] },
    mail: { messages: 0, distinctMessageIds: 0, resent: 0, lost: 0, duplicated: 0 },
    stuck: { consumerLag: 0, unpublishedOutbox: 0, deadLetters: 0, unsentMail: 0, failedMail: 0 },
  };

  it('passes a clean run', () => {
    expect(judge(clean)).toEqual({ lost: 0, duplicated: 0, stuck: 0, failures: [] });
  });

  it('names a figure off its recomputation and what is stuck', () => {
    const verdict = judge({
      ...clean,
      realised: [{ indicatorCode: 'A05', figure: 9, fromClient: 10, fromStore: 10 }],
      stuck: { ...clean.stuck, consumerLag: 2 },
    });
    expect(verdict).toMatchObject({ lost: 1, stuck: 2 });
    expect(verdict.failures).toEqual(['A05: realised 9, recomputed 10 (client) / 10 (stored versions)', 'consumerLag: 2']);
  });
});
