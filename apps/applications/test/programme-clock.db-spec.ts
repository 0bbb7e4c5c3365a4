import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { ProgrammeClockMovedV1 } from '#contracts';
import { Conflict, RuleViolation } from '#domain';
import { ProgrammeClock, ProgrammeClockSync } from '#platform';
import { startUseCasesUnderTest, type UseCasesUnderTest } from '#testing';
import { MoveProgrammeClockHandler } from '../src/application/move-programme-clock/move-programme-clock.handler.js';
import { applicationsManifest } from '../src/applications.manifest.js';

const abbOfficer = { subject: 'abb-clock', role: 'abb', organisationCode: 'OVO002949' };
const START = new Date('2022-06-15T09:00:00Z');

/** The programme time the clock shows, to the second (it runs on at real speed while the test runs). */
const shows = (instance: UseCasesUnderTest): string => instance.get(ProgrammeClock).now().toISOString().slice(0, 16);

describe('moving the programme clock, on a real database', () => {
  let applications: UseCasesUnderTest;
  const move = (command: { to?: string; forwardBy?: string }, instance: UseCasesUnderTest = applications) =>
    instance.as(abbOfficer, () => instance.get(MoveProgrammeClockHandler).execute(command));
  const written = async () => ({
    clock: await applications.count('programme_clock'),
    audit: await applications.count('audit_log'),
    outbox: await applications.count('outbox'),
  });

  beforeAll(async () => {
    applications = await startUseCasesUnderTest({ manifest: applicationsManifest, label: 'applications_clock_db' });
  });

  afterAll(async () => {
    await applications?.stop();
  });

  beforeEach(async () => {
    await applications.query('TRUNCATE programme_clock, audit_log, outbox');
    applications.get(ProgrammeClock).set(START);
  });

  it('moves forward to a date, stores and audits the move and announces it', async () => {
    const moved = await move({ to: '2023-04-16' });
    expect(moved.movedTo).toBe('2023-04-16T00:00:00.000Z');
    expect(moved.movedFrom.slice(0, 16)).toBe('2022-06-15T09:00');
    expect(shows(applications)).toBe('2023-04-16T00:00');
    const [announced, ...more] = await applications.outbox<ProgrammeClockMovedV1>('applications.programme-clock-moved');
    expect(more).toEqual([]);
    expect(announced?.key).toBe('programme');
    expect(announced?.payload).toEqual({
      clock: 'programme',
      movedFrom: moved.movedFrom,
      movedTo: '2023-04-16T00:00:00.000Z',
      realAt: expect.any(String),
      movedBy: 'abb-clock',
    });
    const [audit] = await applications.query<{ action: string; actor_subject: string; before: unknown; after: unknown }>(
      'SELECT action, actor_subject, before, after FROM audit_log',
    );
    expect(audit).toEqual({
      action: 'move-programme-clock',
      actor_subject: 'abb-clock',
      before: { programmeTime: moved.movedFrom },
      after: { programmeTime: '2023-04-16T00:00:00.000Z' },
    });
  });

  it('moves forward by a span from the programme time now', async () => {
    await move({ to: '2023-04-16' });
    expect((await move({ forwardBy: '30d' })).movedTo.slice(0, 16)).toBe('2023-05-16T00:00');
    expect(shows(applications)).toBe('2023-05-16T00:00');
  });

  it('never goes back, and a refused move writes nothing', async () => {
    await move({ to: '2023-04-16' });
    const before = await written();
    await expect(move({ to: '2023-01-01' })).rejects.toThrow(Conflict);
    await expect(move({ to: 'soon' })).rejects.toThrow(RuleViolation);
    await expect(move({})).rejects.toThrow(RuleViolation);
    expect(await written()).toEqual(before);
    expect(shows(applications)).toBe('2023-04-16T00:00');
  });

  it('a clock set back by hand is brought forward again by the stored move (the move wins over an earlier start)', async () => {
    await move({ to: '2023-04-16' });
    applications.get(ProgrammeClock).set(START);
    await applications.get(ProgrammeClockSync).refresh();
    expect(shows(applications)).toBe('2023-04-16T00:00');
  });

  it('is refused in production mode, writing nothing', async () => {
    const production = await startUseCasesUnderTest({
      manifest: applicationsManifest,
      label: 'applications_clock_db',
      sharedDatabaseUrl: applications.databaseUrl,
      environment: { PLATFORM_MODE: 'production' },
    });
    try {
      production.get(ProgrammeClock).set(START);
      await expect(move({ to: '2023-04-16' }, production)).rejects.toThrow(
        new Conflict('mode: the programme clock cannot be moved in production mode (PLATFORM_MODE=production)'),
      );
      expect(await written()).toEqual({ clock: 0, audit: 0, outbox: 0 });
      expect(production.get(MoveProgrammeClockHandler).view()).toMatchObject({ mode: 'production', movable: false });
    } finally {
      await production.stop();
    }
  });

  it('every instance on the database follows a move, also one started after it (a restart)', async () => {
    const other = await startUseCasesUnderTest({
      manifest: applicationsManifest,
      label: 'applications_clock_db',
      sharedDatabaseUrl: applications.databaseUrl,
    });
    try {
      other.get(ProgrammeClock).set(START);
      await move({ to: '2023-04-16' });
      await other.get(ProgrammeClockSync).refresh();
      expect(shows(other)).toBe('2023-04-16T00:00');
      // Moving from the other instance starts from the stored move, not from its own (older) clock.
      other.get(ProgrammeClock).set(START);
      expect((await move({ forwardBy: '1d' }, other)).movedTo.slice(0, 16)).toBe('2023-04-17T00:00');
    } finally {
      await other.stop();
    }
    const restarted = await startUseCasesUnderTest({
      manifest: applicationsManifest,
      label: 'applications_clock_db',
      sharedDatabaseUrl: applications.databaseUrl,
    });
    try {
      restarted.get(ProgrammeClock).set(START);
      // What the service's start-up does before anything else (ProgrammeClockSync.onApplicationBootstrap).
      await restarted.get(ProgrammeClockSync).refresh();
      expect(shows(restarted)).toBe('2023-04-17T00:00');
    } finally {
      await restarted.stop();
    }
  });
});
