import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { newSessionId, sessionKey } from '../domain/session-cookie.js';
import type { WebSession } from '../domain/web-session.js';

/**
 * Sessions in PostgreSQL. Expiry is the database's clock (now()): a session's lifetime is wall time, like the
 * token's, not programme time, and one clock for every instance.
 */
@Injectable()
export class WebSessionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A new session; returns the cookie value that names it. */
  async create(data: WebSession, lifetimeSeconds: number): Promise<string> {
    const id = newSessionId();
    await this.dataSource.query(`INSERT INTO web_session (key, data, expires_at) VALUES ($1, $2, now() + make_interval(secs => $3))`, [
      sessionKey(id),
      JSON.stringify(data),
      lifetimeSeconds,
    ]);
    return id;
  }

  async find(id: string | undefined): Promise<WebSession | undefined> {
    if (id === undefined) return undefined;
    const rows = (await this.dataSource.query(`SELECT data FROM web_session WHERE key = $1 AND expires_at > now()`, [sessionKey(id)])) as {
      data: WebSession;
    }[];
    return rows[0]?.data;
  }

  /**
   * Ends the session named by `id` and returns it, or undefined when it did not exist: deleting and reading in one
   * statement makes a login callback usable once, even when two arrive at two instances at the same time.
   */
  async take(id: string | undefined): Promise<WebSession | undefined> {
    if (id === undefined) return undefined;
    const [rows] = (await this.dataSource.query(`DELETE FROM web_session WHERE key = $1 AND expires_at > now() RETURNING data`, [
      sessionKey(id),
    ])) as [{ data: WebSession }[], number];
    return rows[0]?.data;
  }

  /** Expired sessions are removed lazily, as new ones are made. */
  async removeExpired(): Promise<number> {
    const [, count] = (await this.dataSource.query(`DELETE FROM web_session WHERE expires_at <= now()`)) as [unknown, number];
    return count;
  }
}
