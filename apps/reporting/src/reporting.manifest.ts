import { defineService } from '#platform';
import { CommittedTargetEntity } from './infrastructure/committed-target.entity.js';
import { IndicatorResultEntity } from './infrastructure/indicator-result.entity.js';
import { IndicatorTotalEntity } from './infrastructure/indicator-total.entity.js';
import { GovernmentTotalEntity, ProgrammeTotalEntity } from './infrastructure/figure-total.entity.js';
import { GovernmentFigureEntity } from './infrastructure/government-figure.entity.js';
import { ExpectedReturnEntity } from './infrastructure/expected-return.entity.js';
import { CreateReportingTables1763800003000 } from './infrastructure/migrations/1763800003000-create-reporting-tables.js';
import { ExpectedReturns1763800003100 } from './infrastructure/migrations/1763800003100-expected-returns.js';
import { ReportingCycle1763800003200 } from './infrastructure/migrations/1763800003200-reporting-cycle.js';
import { ReportReviewEntity } from './infrastructure/report-review.entity.js';
import { AtRiskFlagEntity } from './infrastructure/at-risk-flag.entity.js';
import { IncrementalFigures1763800003300 } from './infrastructure/migrations/1763800003300-incremental-figures.js';
import { ReturnDeadlines1763800003501 } from './infrastructure/migrations/1763800003501-return-deadlines.js';
import { CommittedReachOfTargets1763800003600 } from './infrastructure/migrations/1763800003600-committed-reach-of-targets.js';
import { MotivationsNotAccepted1763800003601 } from './infrastructure/migrations/1763800003601-motivations-not-accepted.js';
import { NetworkMembers1763800003602 } from './infrastructure/migrations/1763800003602-network-members.js';
import { ReportDrafts1763800003650 } from './infrastructure/migrations/1763800003650-report-drafts.js';
import { ReportDraftEntity } from './infrastructure/report-draft.entity.js';
import { NetworkMembershipEntity } from './infrastructure/network-membership.entity.js';
import { ReturnDeadlineEntity } from './infrastructure/return-deadline.entity.js';
import { ReportEntity } from './infrastructure/report.entity.js';
import { TargetCommitmentEntity } from './infrastructure/target-commitment.entity.js';
import { ReportingModule } from './reporting.module.js';

export const reportingManifest = defineService({
  name: 'reporting',
  defaultPort: 3003,
  title: 'Result reports, aggregation and target checks',
  module: (config) => ReportingModule.forRoot(config),
  entities: [
    CommittedTargetEntity,
    ReportEntity,
    IndicatorResultEntity,
    IndicatorTotalEntity,
    TargetCommitmentEntity,
    ExpectedReturnEntity,
    ReportReviewEntity,
    AtRiskFlagEntity,
    GovernmentFigureEntity,
    ProgrammeTotalEntity,
    GovernmentTotalEntity,
    ReturnDeadlineEntity,
    NetworkMembershipEntity,
    ReportDraftEntity,
  ],
  migrations: [
    CreateReportingTables1763800003000,
    ExpectedReturns1763800003100,
    ReportingCycle1763800003200,
    IncrementalFigures1763800003300,
    ReturnDeadlines1763800003501,
    CommittedReachOfTargets1763800003600,
    MotivationsNotAccepted1763800003601,
    NetworkMembers1763800003602,
    ReportDrafts1763800003650,
  ],
  // Reads its own report-submitted events back, so aggregation can be rebuilt from the log.
  consumerGroup: 'reporting',
});
