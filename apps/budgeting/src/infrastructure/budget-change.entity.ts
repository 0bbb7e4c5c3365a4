import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CENTS } from '#persistence';

/** One change ABB made to a year's programme budget, with its reason: the budget's history, append-only. */
@Entity({ name: 'budget_change' })
@Index('budget_change_by_year', ['projectYear', 'changedAt'])
export class BudgetChangeEntity {
  @PrimaryColumn({ name: 'id', type: 'uuid' }) id: string;
  @Column({ name: 'project_year', type: 'smallint' }) projectYear: number;
  @Column({ name: 'previous_cents', type: 'bigint', transformer: CENTS }) previousCents: number;
  @Column({ name: 'budget_cents', type: 'bigint', transformer: CENTS }) budgetCents: number;
  @Column({ name: 'reason', type: 'varchar', length: 2000 }) reason: string;
  @Column({ name: 'changed_by', type: 'varchar', length: 200 }) changedBy: string;
  @Column({ name: 'changed_at', type: 'timestamptz' }) changedAt: Date;
}
