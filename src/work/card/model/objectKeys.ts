/**
 * Returns `object` with `key` set to `value`: an existing key keeps its place, a new one goes
 * last. Setting the value it already has returns `object` itself.
 */
export function setKey<T extends object, K extends string>(object: T, key: K, value: unknown): T {
  if (
    Object.prototype.hasOwnProperty.call(object, key) &&
    (object as Record<string, unknown>)[key] === value
  ) {
    return object;
  }
  return { ...object, [key]: value };
}

/** Returns `object` without `key`, keeping the order of the rest; absent keys return `object`. */
export function removeKey<T extends object>(object: T, key: string): T {
  if (!Object.prototype.hasOwnProperty.call(object, key)) return object;
  return Object.fromEntries(Object.entries(object).filter(([name]) => name !== key)) as T;
}
