import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What a government was told per period: the indicators signalled lagging and at risk, cumulatively. */
@Entity({ name: 'lagging_signal' })
export class LaggingSignalEntity {
  @PrimaryColumn({ name: 'government_code', type: 'varchar', length: 40 }) governmentCode: string;
  @PrimaryColumn({ name: 'period_code', type: 'varchar', length: 20 }) periodCode: string;
  @Column({ name: 'lagging', type: 'jsonb' }) lagging: string[];
  @Column({ name: 'at_risk', type: 'jsonb' }) atRisk: string[];
  /** The summary that was signalled last. */
  @Column({ name: 'last_cause_event_id', type: 'uuid' }) lastCauseEventId: string;
  /** Programme time of the last signal. */
  @Column({ name: 'signalled_at', type: 'timestamptz' }) signalledAt: Date;
}
