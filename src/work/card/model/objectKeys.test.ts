import { describe, expect, it } from 'vitest';
import { removeKey, setKey } from './objectKeys';

describe('setKey', () => {
  it('keeps the place of an existing key', () => {
    expect(Object.keys(setKey({ a: 1, b: 2, c: 3 }, 'b', 9))).toEqual(['a', 'b', 'c']);
  });
  it('appends a new key', () => {
    expect(setKey({ a: 1 }, 'z', 2)).toEqual({ a: 1, z: 2 });
  });
  it('returns the same object when the value is unchanged', () => {
    const object = { a: 1 };
    expect(setKey(object, 'a', 1)).toBe(object);
  });
});

describe('removeKey', () => {
  it('drops the key and keeps the order of the rest', () => {
    expect(Object.keys(removeKey({ a: 1, b: 2, c: 3 }, 'b'))).toEqual(['a', 'c']);
  });
  it('returns the same object when the key is absent', () => {
    const object = { a: 1 };
    expect(removeKey(object, 'b')).toBe(object);
  });
});
