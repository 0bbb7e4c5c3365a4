import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CENTS } from '#persistence';

/** A government's co-financing declaration of a project year; the latest one is in force (append-only). */
@Entity({ name: 'cofinancing_declaration' })
@Index('cofinancing_declaration_by_government', ['projectYear', 'governmentCode', 'declaredAt'])
@Check('cofinancing_declaration_not_negative', '"declared_cents" >= 0 AND "obligation_cents" >= 0 AND "shortfall_cents" >= 0')
export class CofinancingDeclarationEntity {
  @PrimaryColumn({ name: 'id', type: 'uuid' }) id: string;
  @Column({ name: 'government_code', type: 'varchar', length: 40 }) governmentCode: string;
  @Column({ name: 'project_year', type: 'smallint' }) projectYear: number;
  @Column({ name: 'declared_cents', type: 'bigint', transformer: CENTS }) declaredCents: number;
  @Column({ name: 'source', type: 'varchar', length: 300 }) source: string;
  /** The obligation when it was declared. */
  @Column({ name: 'obligation_cents', type: 'bigint', transformer: CENTS }) obligationCents: number;
  @Column({ name: 'shortfall_cents', type: 'bigint', transformer: CENTS }) shortfallCents: number;
  @Column({ name: 'declared_by', type: 'varchar', length: 200 }) declaredBy: string;
  @Column({ name: 'declared_at', type: 'timestamptz' }) declaredAt: Date;
}
