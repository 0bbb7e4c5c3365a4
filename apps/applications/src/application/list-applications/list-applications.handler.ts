import { Injectable } from '@nestjs/common';
import { ApplicationRepository } from '../../infrastructure/application.repository.js';
import { ApplicationViews, isVisibleTo, notFound, type ApplicationView } from './application-views.js';

export interface ListApplicationsQuery {
  callId?: string;
  /** A government officer's codes: only what concerns them; undefined for ABB (everything). */
  visibleTo?: string[];
}

@Injectable()
export class ListApplicationsHandler {
  constructor(
    private readonly applications: ApplicationRepository,
    private readonly views: ApplicationViews,
  ) {}

  async execute({ callId, visibleTo }: ListApplicationsQuery): Promise<ApplicationView[]> {
    const found =
      visibleTo === undefined ? await this.applications.list(callId) : await this.applications.listConcerning(visibleTo, callId);
    return Promise.all(found.map((application) => this.views.of(application)));
  }

  async get(applicationId: string, visibleTo?: string[]): Promise<ApplicationView> {
    const application = await this.applications.find(applicationId);
    if (application === undefined || !isVisibleTo(application, visibleTo)) throw notFound(applicationId);
    return this.views.of(application);
  }
}
