import { Injectable } from '@nestjs/common';
import { catalogueVersionPublishedV1 } from '#contracts';
import { AuditTrail } from '#auth';
import { Conflict } from '#domain';
import { OutboxWriter } from '#messaging';
import { UnitOfWork } from '#persistence';
import { ProgrammeClock } from '#platform';
import { baseCatalogueVersion, planVersion } from '../../domain/catalogue-version.js';
import { CatalogueVersionRepository } from '../../infrastructure/catalogue-version.repository.js';
import { toVersionView, type CatalogueVersionView } from '../list-catalogue-versions/list-catalogue-versions.handler.js';
import type { PublishCatalogueVersionCommand } from './publish-catalogue-version.command.js';

/**
 * ABB publishes new rates or caps from a project year on; earlier years keep their version. A year that already
 * has a call is refused: its call was opened, and its applications drafted, under the version in force then, and
 * the version a year is read under must not change behind them. (Calls and decisions keep the version they name
 * in any case; refusing keeps "the version of year N" one thing.)
 */
@Injectable()
export class PublishCatalogueVersionHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly versions: CatalogueVersionRepository,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditTrail,
    private readonly clock: ProgrammeClock,
  ) {}

  async execute(command: PublishCatalogueVersionCommand): Promise<CatalogueVersionView> {
    return this.unitOfWork.run(async () => {
      await this.versions.lockForPublishing();
      const latest = (await this.versions.latest()) ?? baseCatalogueVersion();
      const planned = planVersion(latest, command);
      const withCalls = await this.versions.projectYearsWithCalls(command.fromProjectYear);
      if (withCalls.length > 0)
        throw new Conflict(
          `fromProjectYear: project year ${withCalls.join(', ')} already has a call, opened under the version in force then; ` +
            'publish a version for a later project year',
        );
      const version = {
        ...planned,
        sequence: latest.sequence + 1,
        fromProjectYear: command.fromProjectYear,
        note: command.note,
        publishedAt: this.clock.now(),
        publishedBy: command.publishedBy,
      };
      await this.versions.insert(version);
      await this.audit.record({
        action: 'publish-catalogue-version',
        objectType: 'catalogue-version',
        objectId: version.catalogueVersion,
        before: { catalogueVersion: latest.catalogueVersion, fromProjectYear: latest.fromProjectYear },
        after: version,
      });
      await this.outbox.append(catalogueVersionPublishedV1, {
        key: version.catalogueVersion,
        payload: {
          catalogueVersion: version.catalogueVersion,
          fromProjectYear: version.fromProjectYear,
          previousVersion: version.previousVersion,
          note: version.note,
          changes: version.changes,
        },
      });
      return toVersionView(version);
    });
  }
}
