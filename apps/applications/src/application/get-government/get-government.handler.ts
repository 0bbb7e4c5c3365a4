import { Injectable } from '@nestjs/common';
import { NotFound } from '#domain';
import { LocalGovernmentRepository } from '../../infrastructure/local-government.repository.js';
import { viewOf, type GovernmentView } from '../list-governments/government-view.js';
import type { GetGovernmentQuery } from './get-government.query.js';

@Injectable()
export class GetGovernmentHandler {
  constructor(private readonly governments: LocalGovernmentRepository) {}

  async execute({ code, contactsVisibleTo = 'all' }: GetGovernmentQuery): Promise<GovernmentView> {
    const government = await this.governments.find(code);
    if (!government) throw new NotFound(`code: local government ${code} is not registered`);
    return viewOf(government, contactsVisibleTo);
  }
}
