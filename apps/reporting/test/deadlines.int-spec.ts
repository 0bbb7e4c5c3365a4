import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  programmeClockMovedV1,
  returnOverdueV1,
  reportReminderDueV1,
  targetsCommittedV3,
  TOPICS,
  type EventEnvelope,
  type ReturnOverdueV1,
} from '#contracts';
import { ProgrammeClock } from '#platform';
import {
  committedTarget,
  eventually,
  queryDatabase,
  startServiceUnderTest,
  testEnvelope,
  testTargetsCommitted,
  type ServiceUnderTest,
} from '#testing';
import { reportingManifest } from '../src/reporting.manifest.js';

/**
 * The wiring of the deadline schedule: targets over Kafka schedule the returns, a programme clock move over Kafka
 * reaches reporting's clock (stored in its own database), and its poller then announces the overdue return.
 */
describe('deadlines on the real broker and database', () => {
  let service: ServiceUnderTest;
  let announced: EventEnvelope<object>[];

  beforeAll(async () => {
    service = await startServiceUnderTest({
      manifest: reportingManifest,
      label: 'reporting_deadlines',
      environment: { PROGRAMME_CLOCK_START: '2023-03-01T00:00:00Z', DEADLINE_POLL_MS: '200' },
    });
    announced = await service.tap<object>(TOPICS.reporting);
  }, 120_000);

  afterAll(async () => {
    await service?.stop();
  }, 60_000);

  // The reminders it jumped over are not sent.
  it('follows a programme clock move announced by applications and announces the return that became overdue', async () => {
    await service.publish(
      testEnvelope(
        targetsCommittedV3,
        '44021',
        testTargetsCommitted('44021', 1, [committedTarget('A05', { approvedAdditionalReach: 100 })]),
      ),
    );
    await eventually(async () =>
      expect(await queryDatabase(service.databaseUrl, "SELECT 1 FROM return_deadline WHERE government_code = '44021'")).toHaveLength(6),
    );
    const realAt = new Date();
    await service.publish(
      testEnvelope(programmeClockMovedV1, 'programme', {
        clock: 'programme',
        movedFrom: service.app.get(ProgrammeClock).now().toISOString(),
        movedTo: '2023-05-01T00:00:00.000Z',
        realAt: realAt.toISOString(),
        movedBy: 'abb-clock',
      }),
    );
    const overdue = await eventually(() => {
      const found = announced.filter((event): event is EventEnvelope<ReturnOverdueV1> => event.type === returnOverdueV1.type);
      expect(found).toHaveLength(1);
      return found[0]!;
    });
    expect(overdue.payload).toMatchObject({ governmentCode: '44021', periodCode: 'PJ1-INTERIM', due: '2023-04-15' });
    expect(announced.filter((event) => event.type === reportReminderDueV1.type)).toEqual([]);
    expect(service.app.get(ProgrammeClock).now().getTime()).toBeGreaterThanOrEqual(Date.parse('2023-05-01T00:00:00Z'));
    expect(await queryDatabase(service.databaseUrl, 'SELECT moved_by FROM programme_clock')).toEqual([{ moved_by: 'abb-clock' }]);
  });
});
