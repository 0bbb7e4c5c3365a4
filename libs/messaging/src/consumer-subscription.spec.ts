import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { EventPattern } from '@nestjs/microservices';
import {
  eventName,
  governmentRegisteredV1,
  indicatorStatusChangedV1,
  reportSubmittedV1,
  targetsCommittedV1,
  targetsCommittedV2,
  TOPICS,
  type EventDefinition,
} from '#contracts';
import { handledEventNames, subscriptionFor, UncataloguedHandlerError } from './consumer-subscription.js';
import { HandlesEvent } from './handles-event.decorator.js';

const names = (definitions: EventDefinition[]): string[] => definitions.map((definition) => eventName(definition.type, definition.version));

class ReportConsumer {
  @HandlesEvent(reportSubmittedV1)
  async onReport(): Promise<void> {}
}

class TargetsAndReportsConsumer extends ReportConsumer {
  @HandlesEvent(targetsCommittedV1)
  async onTargets(): Promise<void> {}

  /** Not a handler: no pattern metadata. */
  helper(): void {}
}

describe('subscriptionFor', () => {
  it('subscribes to the topics of the handled events and ignores the other catalogue events on them', () => {
    const subscription = subscriptionFor(names([reportSubmittedV1]));
    expect(subscription.topics).toEqual([TOPICS.reporting]);
    expect(names(subscription.handled)).toEqual(['reporting.report-submitted.v1']);
    expect(names(subscription.ignored)).toEqual([
      'reporting.indicator-status-changed.v1',
      'reporting.report-submitted.v2',
      'reporting.indicator-status-changed.v2',
      'reporting.period-status-summarised.v1',
      'reporting.report-reviewed.v1',
      'reporting.return-overdue.v1',
      'reporting.report-reminder-due.v1',
      'reporting.report-reviewed.v2',
    ]);
  });

  it('ignores nothing on topics the group does not read, and nothing it handles', () => {
    const subscription = subscriptionFor(names([governmentRegisteredV1, indicatorStatusChangedV1]), [
      governmentRegisteredV1,
      targetsCommittedV1,
      targetsCommittedV2,
      reportSubmittedV1,
      indicatorStatusChangedV1,
    ]);
    expect(subscription.topics).toEqual([TOPICS.applications, TOPICS.reporting]);
    expect(names(subscription.ignored)).toEqual([
      'applications.targets-committed.v1',
      'applications.targets-committed.v2',
      'reporting.report-submitted.v1',
    ]);
  });

  it('follows the catalogue it is given', () => {
    const subscription = subscriptionFor(names([reportSubmittedV1]), [reportSubmittedV1, targetsCommittedV1]);
    expect(subscription).toEqual({ handled: [reportSubmittedV1], topics: [TOPICS.reporting], ignored: [] });
  });

  it('refuses a handler of an event the catalogue does not know', () => {
    expect(() => subscriptionFor(['reporting.report-submitted.v9'])).toThrow(UncataloguedHandlerError);
    expect(() => subscriptionFor(['reporting.report-submitted.v9'])).toThrow(/reporting\.report-submitted\.v9/);
  });
});

describe('handledEventNames', () => {
  it('reads the events of every @HandlesEvent method, inherited ones too', () => {
    expect(handledEventNames([TargetsAndReportsConsumer]).sort()).toEqual([
      'applications.targets-committed.v1',
      'reporting.report-submitted.v1',
    ]);
    expect(handledEventNames([ReportConsumer])).toEqual(['reporting.report-submitted.v1']);
  });

  it('sees a plain @EventPattern handler as well, as Nest would register it', () => {
    class PlainConsumer {
      @EventPattern('unknown.thing.v1')
      onThing(_event: unknown): void {}
    }
    expect(handledEventNames([PlainConsumer])).toEqual(['unknown.thing.v1']);
    expect(() => subscriptionFor(handledEventNames([PlainConsumer]))).toThrow(UncataloguedHandlerError);
  });
});
