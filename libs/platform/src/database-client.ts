import { Logger } from '@nestjs/common';
import pg from 'pg';

const logger = new Logger('Database');

/**
 * A pg client with an 'error' listener from birth. pg-pool hands out a client without one, and its
 * borrower (TypeORM) attaches its own a promise tick later: when PostgreSQL ends the session in that
 * gap (pg_terminate_backend or a restart right after the handshake) the 'error' event would be
 * unhandled and end the process. The pool and TypeORM still drop the broken client as before.
 */
export class GuardedPgClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    let reported = false;
    this.on('error', (error: Error) => {
      // Reported once, and only when nobody else listens (the pool and TypeORM log their own).
      if (reported || this.listenerCount('error') > 1) return;
      reported = true;
      logger.warn(`database connection lost before it was used: ${error.message}`);
    });
  }
}
