import { Injectable } from '@nestjs/common';
import type { ExpectedReturn } from '../../domain/committed-targets.js';
import { ExpectedReturnRepository } from '../../infrastructure/expected-return.repository.js';
import type { ListExpectedReturnsQuery } from './list-expected-returns.query.js';

export interface ExpectedReturnView extends ExpectedReturn {
  applicationId: string;
}

/** The returns governments owe, per reporting period, in order of their due date. */
@Injectable()
export class ListExpectedReturnsHandler {
  constructor(private readonly expectedReturns: ExpectedReturnRepository) {}

  async execute(query: ListExpectedReturnsQuery): Promise<ExpectedReturnView[]> {
    const rows = await this.expectedReturns.list(query);
    return rows.map(({ governmentCode, projectYear, periodCode, kind, coversFrom, coversTo, due, applicationId }) => ({
      governmentCode,
      projectYear,
      periodCode,
      kind,
      coversFrom,
      coversTo,
      due,
      applicationId,
    }));
  }
}
