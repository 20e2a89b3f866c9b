// Small helpers for integration tests. Editor state (diagnostics, tree views, documents) settles
// asynchronously: poll for it with a deadline instead of sleeping.

export interface WaitForOptions {
  /** Give up after this many milliseconds (default 10 000). */
  timeout?: number;
  /** Poll every this many milliseconds (default 50). */
  interval?: number;
  /** Describes what was awaited, for the timeout error. */
  message?: string;
}

/**
 * Calls `predicate` until it returns a truthy value (which is returned) or the timeout passes
 * (then rejects, quoting the last error `predicate` threw, if any).
 */
export async function waitFor<T>(predicate: () => T | Promise<T>, options: WaitForOptions = {}): Promise<NonNullable<T>> {
  const { timeout = 10_000, interval = 50, message = 'condition' } = options;
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await predicate();
      if (value) return value as NonNullable<T>;
      lastError = undefined;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() >= deadline) {
      const why = lastError instanceof Error ? `: last error: ${lastError.message}` : lastError !== undefined ? `: last error: ${String(lastError)}` : '';
      throw new Error(`waitFor timed out after ${timeout} ms waiting for ${message}${why}`);
    }
    await new Promise((r) => setTimeout(r, Math.min(interval, Math.max(0, deadline - Date.now()))));
  }
}
