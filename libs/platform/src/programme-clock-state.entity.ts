import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The latest move of the programme clock this service's database knows of: one row, or none while the clock runs as
 * configured. Every service keeps its own (services share no database), filled from programme-clock-moved.
 */
@Entity({ name: 'programme_clock' })
@Check('programme_clock_one_row', 'id = 1')
export class ProgrammeClockStateEntity {
  @PrimaryColumn({ name: 'id', type: 'smallint' }) id: number;
  /** Programme time at the real moment `realAt`. */
  @Column({ name: 'programme_at', type: 'timestamptz' }) programmeAt: Date;
  @Column({ name: 'real_at', type: 'timestamptz' }) realAt: Date;
  @Column({ name: 'moved_by', type: 'varchar', length: 200 }) movedBy: string;
}
