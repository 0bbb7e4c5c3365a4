import { isUUID } from 'class-validator';
import { NotFound } from '#domain';

/**
 * Ids in paths are UUIDs; anything else names nothing that exists, so it is a 404 like an unknown UUID (and never
 * reaches a uuid column). Checked in the handler's place, after the body's validation, so a bad body is named first.
 */
export const knownId = (id: string, what: string): string => {
  if (!isUUID(id)) throw new NotFound(`${what} ${id} does not exist`);
  return id;
};
