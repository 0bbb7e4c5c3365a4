import { Injectable } from '@nestjs/common';
import { LocalGovernmentRepository } from '../../infrastructure/local-government.repository.js';
import { viewOf, type GovernmentView } from './government-view.js';
import type { ListGovernmentsQuery } from './list-governments.query.js';

/** The register, in code order: every reader sees every entry (it is public), contacts only where allowed. */
@Injectable()
export class ListGovernmentsHandler {
  constructor(private readonly governments: LocalGovernmentRepository) {}

  async execute({ contactsVisibleTo = 'all', ...filter }: ListGovernmentsQuery): Promise<GovernmentView[]> {
    return (await this.governments.search(filter)).map((government) => viewOf(government, contactsVisibleTo));
  }
}
