import { Injectable } from '@nestjs/common';
import { NotFound } from '#domain';
import type { Application } from '../../domain/application.js';
import { CatalogueLookup } from '../../domain/catalogue-lookup.js';
import { requestedAmounts, type RequestedAmounts } from '../../domain/requested-amounts.js';

/** An application as the API shows it: what it asks for, computed under its call's catalogue version. */
export interface ApplicationView extends Application {
  requested: RequestedAmounts;
}

/**
 * Who may see an application: ABB (no codes: undefined), or a government officer whose token names the
 * applicant, the group applied for or one of its members. Anyone else learns nothing, not even that it exists.
 */
export const isVisibleTo = (application: Application, codes: readonly string[] | undefined): boolean =>
  codes === undefined ||
  [application.governmentCode, application.groupCode, ...application.memberCodes].some((code) => code !== null && codes.includes(code));

/** Who may change it or submit it: ABB, or the applicant itself (a group's lead, never another member). */
export const isEditableBy = (application: Application, codes: readonly string[] | undefined): boolean =>
  codes === undefined || codes.includes(application.governmentCode);

export const notFound = (applicationId: string): NotFound => new NotFound(`applicationId: there is no application ${applicationId}`);

@Injectable()
export class ApplicationViews {
  constructor(private readonly catalogue: CatalogueLookup) {}

  async of(application: Application): Promise<ApplicationView> {
    const priced = await this.catalogue.subsidisedIndicators(application.catalogueVersion, application.projectYear);
    return { ...application, requested: requestedAmounts(application.lines, application.stimuli, priced) };
  }
}
