/** Lets the event loop answer what waits (other requests, timers) before the next chunk of work. */
export const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
