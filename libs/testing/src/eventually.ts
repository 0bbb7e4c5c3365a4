/**
 * Retries an assertion until it passes or the time is up, then rethrows its last failure. For
 * waiting on asynchronous effects (a consumer, the relay); the timeout is a ceiling, not a measurement.
 */
export const eventually = async <T>(assertion: () => Promise<T> | T, { timeoutMs = 20_000, intervalMs = 50 } = {}): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
};
