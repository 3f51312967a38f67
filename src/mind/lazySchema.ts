/**
 * A schema (or a record of schemas) built the first time it is used, not when its module is
 * imported. zod builds every schema object as it is declared, and a first visit imports several
 * hundred of them (the API's, the model's) that its first screen never uses: built eagerly, they
 * were about half of the entry chunk's run time (issue 19). The proxy stands for the schema in
 * every use: parsing, composing it into another schema, reading its `shape`, `instanceof`.
 */
export function lazySchema<T extends object>(build: () => T): T {
  let built: T | undefined;
  const schema = (): T => (built ??= build());
  return new Proxy({} as T, {
    get: (_, key) => Reflect.get(schema(), key),
    set: (_, key, value) => Reflect.set(schema(), key, value),
    has: (_, key) => Reflect.has(schema(), key),
    ownKeys: () => Reflect.ownKeys(schema()),
    // Configurable as reported: the stand-in itself has no such property (a proxy's invariant).
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(schema(), key);
      return descriptor && { ...descriptor, configurable: true };
    },
    defineProperty: (_, key, descriptor) => Reflect.defineProperty(schema(), key, descriptor),
    deleteProperty: (_, key) => Reflect.deleteProperty(schema(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(schema()),
  });
}
