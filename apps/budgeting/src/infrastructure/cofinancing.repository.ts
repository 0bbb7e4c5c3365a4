import { Injectable } from '@nestjs/common';
import { lockNamespace, lockUntilCommit, UnitOfWork } from '#persistence';
import { CofinancingDeclarationEntity } from './cofinancing-declaration.entity.js';

/** A declaration and the re-assessment after an amendment of the same government and year run one at a time. */
const COFINANCING_LOCK = lockNamespace('co-financing of a government and project year', 210);

export type CofinancingDeclaration = CofinancingDeclarationEntity;

export interface GovernmentObligation {
  governmentCode: string;
  obligationCents: number;
}

@Injectable()
export class CofinancingRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  lock(governmentCode: string, projectYear: number): Promise<void> {
    return lockUntilCommit(COFINANCING_LOCK, `${governmentCode}:${projectYear}`);
  }

  async save(declaration: CofinancingDeclaration): Promise<void> {
    await this.unitOfWork.manager.getRepository(CofinancingDeclarationEntity).insert(declaration);
  }

  /** The declaration in force of one government and year. */
  latest(governmentCode: string, projectYear: number): Promise<CofinancingDeclaration | null> {
    return this.unitOfWork.manager
      .getRepository(CofinancingDeclarationEntity)
      .findOne({ where: { governmentCode, projectYear }, order: { declaredAt: 'DESC', id: 'DESC' } });
  }

  /** The declarations in force of a year, by government. */
  async latestOfYear(projectYear: number): Promise<Map<string, CofinancingDeclaration>> {
    const rows = await this.unitOfWork.manager
      .getRepository(CofinancingDeclarationEntity)
      .find({ where: { projectYear }, order: { declaredAt: 'ASC', id: 'ASC' } });
    return new Map(rows.map((row) => [row.governmentCode, row]));
  }

  /** Every earlier declaration of one government and year, oldest first. */
  history(governmentCode: string, projectYear: number): Promise<CofinancingDeclaration[]> {
    return this.unitOfWork.manager
      .getRepository(CofinancingDeclarationEntity)
      .find({ where: { governmentCode, projectYear }, order: { declaredAt: 'ASC', id: 'ASC' } });
  }

  /** The subsidy for actions committed per government in a year (the co-financing obligation), from the revisions in force. */
  async obligations(projectYear: number, governmentCode?: string): Promise<GovernmentObligation[]> {
    const rows = await this.unitOfWork.manager.query<{ government_code: string; lines: string }[]>(
      `SELECT government_code, SUM(lines_cents) AS lines FROM commitment
       WHERE project_year = $1 AND ($2::varchar IS NULL OR government_code = $2) GROUP BY government_code ORDER BY government_code`,
      [projectYear, governmentCode ?? null],
    );
    return rows.map((row) => ({ governmentCode: row.government_code, obligationCents: Number(row.lines) }));
  }
}
