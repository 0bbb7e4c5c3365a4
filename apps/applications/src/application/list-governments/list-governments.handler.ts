import { Injectable } from '@nestjs/common';
import type { LocalGovernment } from '../../domain/local-government.js';
import { LocalGovernmentRepository } from '../../infrastructure/local-government.repository.js';
import type { ListGovernmentsQuery } from './list-governments.query.js';

@Injectable()
export class ListGovernmentsHandler {
  constructor(private readonly governments: LocalGovernmentRepository) {}

  execute(query: ListGovernmentsQuery): Promise<LocalGovernment[]> {
    return this.governments.list(query.codes);
  }
}
