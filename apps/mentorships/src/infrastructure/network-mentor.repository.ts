import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '#persistence';
import { NetworkMentorEntity } from './network-mentor.entity.js';

@Injectable()
export class NetworkMentorRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  find(networkId: string, subject: string): Promise<NetworkMentorEntity | null> {
    return this.unitOfWork.manager.getRepository(NetworkMentorEntity).findOneBy({ networkId, subject });
  }

  async save(assignment: NetworkMentorEntity): Promise<void> {
    await this.unitOfWork.manager.getRepository(NetworkMentorEntity).save(assignment);
  }

  async remove(networkId: string, subject: string): Promise<void> {
    await this.unitOfWork.manager.getRepository(NetworkMentorEntity).delete({ networkId, subject });
  }

  ofNetwork(networkId: string): Promise<NetworkMentorEntity[]> {
    return this.unitOfWork.manager.getRepository(NetworkMentorEntity).find({ where: { networkId }, order: { subject: 'ASC' } });
  }

  /** The networks a mentor user is assigned to: what its token should list (SamenlevenMentor:<network id> per network). */
  ofSubject(subject: string): Promise<NetworkMentorEntity[]> {
    return this.unitOfWork.manager.getRepository(NetworkMentorEntity).find({ where: { subject }, order: { networkId: 'ASC' } });
  }
}
