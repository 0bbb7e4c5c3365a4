import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { LocalGovernment } from '../../domain/local-government.js';
import { LocalGovernmentEntity } from '../../infrastructure/local-government.entity.js';
import type { ListGovernmentsQuery } from './list-governments.query.js';

@Injectable()
export class ListGovernmentsHandler {
  constructor(private readonly dataSource: DataSource) {}

  async execute(query: ListGovernmentsQuery): Promise<LocalGovernment[]> {
    const rows = await this.dataSource.getRepository(LocalGovernmentEntity).find({
      where: query.codes ? { code: In(query.codes) } : {},
      order: { code: 'ASC' },
    });
    return rows.map(({ code, kboNumber, name, province, contacts }) => ({ code, kboNumber, name, province, contacts }));
  }
}
