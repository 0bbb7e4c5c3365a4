import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import { CENTS } from '#persistence';

/** A year's programme budget once ABB changed it; until then the catalogue's figure applies. */
@Entity({ name: 'programme_budget' })
@Check('programme_budget_not_negative', '"budget_cents" >= 0')
export class ProgrammeBudgetEntity {
  @PrimaryColumn({ name: 'project_year', type: 'smallint' }) projectYear: number;
  @Column({ name: 'budget_cents', type: 'bigint', transformer: CENTS }) budgetCents: number;
  @Column({ name: 'changed_at', type: 'timestamptz' }) changedAt: Date;
}
