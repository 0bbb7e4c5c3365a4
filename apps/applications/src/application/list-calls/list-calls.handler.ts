import { Injectable } from '@nestjs/common';
import { NotFound } from '#domain';
import type { Call } from '../../domain/call.js';
import { CallRepository } from '../../infrastructure/call.repository.js';

@Injectable()
export class ListCallsHandler {
  constructor(private readonly calls: CallRepository) {}

  execute(): Promise<Call[]> {
    return this.calls.list();
  }

  async get(callId: string): Promise<Call> {
    const call = await this.calls.find(callId);
    if (call === undefined) throw new NotFound(`callId: there is no call ${callId}`);
    return call;
  }
}
