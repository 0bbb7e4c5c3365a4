import { EventPattern, RpcException } from '@nestjs/microservices';
import { eventName, type EventDefinition } from '#contracts';

/**
 * Carries a handler's own error through Nest's RPC exception layer, which would otherwise replace it
 * with a generic "Internal server error" and lose whether it is permanent.
 */
export class HandlerFailure {
  constructor(readonly cause: unknown) {}
}

/** Marks a consumer method as the handler of one event type and version (payload already validated). */
export const HandlesEvent =
  (definition: EventDefinition): MethodDecorator =>
  <T>(target: object, key: string | symbol, descriptor: TypedPropertyDescriptor<T>): TypedPropertyDescriptor<T> => {
    const original = descriptor.value as unknown as (...args: unknown[]) => unknown;
    const wrapped = async function (this: unknown, ...args: unknown[]): Promise<unknown> {
      try {
        return await original.apply(this, args);
      } catch (error) {
        throw new RpcException(new HandlerFailure(error));
      }
    };
    // Keep what decorators applied before this one attached to the method.
    for (const metadataKey of Reflect.getMetadataKeys(original))
      Reflect.defineMetadata(metadataKey, Reflect.getMetadata(metadataKey, original), wrapped);
    Object.defineProperty(wrapped, 'name', { value: original.name });
    const replaced: TypedPropertyDescriptor<T> = { ...descriptor, value: wrapped as unknown as T };
    const pattern = EventPattern(eventName(definition.type, definition.version)) as MethodDecorator;
    return pattern(target, key, replaced) ?? replaced;
  };
