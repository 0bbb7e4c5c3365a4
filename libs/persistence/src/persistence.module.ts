import { Global, Module } from '@nestjs/common';
import { UnitOfWork } from './unit-of-work.js';

/** The unit of work of a service's database (needs TypeORM's DataSource); global so every use case can inject it. */
@Global()
@Module({ providers: [UnitOfWork], exports: [UnitOfWork] })
export class PersistenceModule {}
