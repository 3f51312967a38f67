import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseInFull, normalisePath } from './requestPath';

describe('normalisePath', () => {
  it('judges every spelling of an API path as the API path', () => {
    expect(normalisePath('/api/messages?page=1')).toBe('/api/messages');
    expect(normalisePath('/api/messages/')).toBe('/api/messages/');
    expect(normalisePath('/API/Messages')).toBe('/api/messages');
    expect(normalisePath('//api/./x/../messages#top')).toBe('/api/messages');
    expect(normalisePath('/%2561pi/messages')).toBe('/api/messages');
    expect(normalisePath('\\api\\messages')).toBe('/api/messages');
    expect(normalisePath('http://evil.example/api/messages')).toBe('/api/messages');
    expect(normalisePath('/api%zz')).toBeNull();
    expect(normalisePath('/api/%00')).toBeNull();
  });

  it('gives what its full rules give, on the plain paths it answers at once and on any other', () => {
    const segment = fc.stringMatching(/^[a-zA-Z0-9_.%\\-]{0,6}$/);
    const path = fc
      .tuple(fc.array(segment, { maxLength: 5 }), fc.constantFrom('', '/', '?a=/b', '#x', '?'))
      .map(([segments, tail]) => `/${segments.join('/')}${tail}`);
    fc.assert(
      fc.property(fc.oneof(path, fc.string()), (url) => {
        expect(normalisePath(url)).toBe(normaliseInFull(url));
      }),
      { numRuns: 5000 },
    );
  });
});
