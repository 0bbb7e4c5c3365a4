import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '#persistence';
import { ReportDraftEntity } from './report-draft.entity.js';

/** The officers' unsent reports, one per government and period. */
@Injectable()
export class ReportDraftRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  find(governmentCode: string, periodCode: string): Promise<ReportDraftEntity | null> {
    return this.unitOfWork.manager.getRepository(ReportDraftEntity).findOneBy({ governmentCode, periodCode });
  }

  async save(draft: ReportDraftEntity): Promise<void> {
    await this.unitOfWork.manager.getRepository(ReportDraftEntity).upsert(draft, ['governmentCode', 'periodCode']);
  }

  /** true when there was a draft to remove. */
  async remove(governmentCode: string, periodCode: string): Promise<boolean> {
    const result = await this.unitOfWork.manager.getRepository(ReportDraftEntity).delete({ governmentCode, periodCode });
    return (result.affected ?? 0) > 0;
  }
}
