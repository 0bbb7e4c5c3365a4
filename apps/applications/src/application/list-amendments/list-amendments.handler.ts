import { Injectable } from '@nestjs/common';
import { NotFound } from '#domain';
import { isVisibleTo } from '../../domain/application-visibility.js';
import { AmendmentRepository } from '../../infrastructure/amendment.repository.js';
import { ApplicationRepository } from '../../infrastructure/application.repository.js';
import { amendmentView, type AmendmentView } from '../request-amendment/amendment-view.js';
import type { ListAmendmentsQuery } from './list-amendments.query.js';

/** An application's amendments, oldest first. */
@Injectable()
export class ListAmendmentsHandler {
  constructor(
    private readonly applications: ApplicationRepository,
    private readonly amendments: AmendmentRepository,
  ) {}

  async execute({ applicationId, governmentCodes }: ListAmendmentsQuery): Promise<AmendmentView[]> {
    const application = await this.applications.find(applicationId);
    if (!application || !isVisibleTo(application, governmentCodes)) throw new NotFound(`application ${applicationId} does not exist`);
    return (await this.amendments.listByApplication(applicationId)).map(amendmentView);
  }
}
