import { Injectable } from '@nestjs/common';
import { ProgrammeClock } from '#platform';
import { UnitOfWork } from '#persistence';
import { DigestRepository } from '../../infrastructure/digest.repository.js';
import { NoticeWriter } from '../write-notice/notice-writer.js';
import type { NotifyDeadlineCommand } from './notify-deadline.command.js';

/**
 * Reminders 14 and 3 days before a due date and the overdue notice, to the governments reporting named (it sends
 * them only to those that have not reported). An overdue return is also a fact for ABB's digest.
 */
@Injectable()
export class NotifyDeadlineHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly writer: NoticeWriter,
    private readonly digest: DigestRepository,
    private readonly clock: ProgrammeClock,
  ) {}

  async execute(command: NotifyDeadlineCommand): Promise<number> {
    return this.unitOfWork.run(async () => {
      if ('reminder' in command)
        return this.writer.write({
          governmentCode: command.reminder.governmentCode,
          causeEventId: command.causeEventId,
          facts: { kind: 'reminder', reminder: command.reminder },
        });
      const { overdue, causeEventId } = command;
      await this.digest.recordFact({
        causeEventId,
        fact: 'overdue',
        governmentCode: overdue.governmentCode,
        projectYear: overdue.projectYear,
        periodCode: overdue.periodCode,
        indicatorCode: null,
        status: null,
        due: overdue.due.slice(0, 10),
        recordedAt: this.clock.now(),
        digestDay: null,
      });
      return this.writer.write({ governmentCode: overdue.governmentCode, causeEventId, facts: { kind: 'overdue', overdue } });
    });
  }
}
