/** Thrown by a handler when retrying cannot help (the event contradicts what this service knows): straight to the dead-letter topic. */
export class PermanentEventError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PermanentEventError';
  }
}
