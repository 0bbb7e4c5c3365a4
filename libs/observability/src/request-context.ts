import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** Who acts, as far as logs, audit and events need to know. Filled in by the auth guard. */
export interface Actor {
  subject: string;
  role: string;
  organisationCode: string | null;
}

/**
 * What follows one unit of work (an HTTP request or a consumed event) through logs, the database
 * and the events it causes. Mutable on purpose: the auth guard adds the actor after the middleware
 * has opened the context.
 */
export interface RequestContext {
  correlationId: string;
  causationId: string | null;
  actor?: Actor;
}

const storage = new AsyncLocalStorage<RequestContext>();

export const runWithContext = <T>(context: RequestContext, work: () => T): T => storage.run(context, work);

export const currentContext = (): RequestContext | undefined => storage.getStore();

/** The correlation id of the current unit of work, or a fresh one for work started outside any (e.g. start-up). */
export const currentCorrelationId = (): string => storage.getStore()?.correlationId ?? randomUUID();
