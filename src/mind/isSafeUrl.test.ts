import { describe, expect, it } from 'vitest';
import { withHttpsScheme } from './isSafeUrl';

describe('withHttpsScheme', () => {
  it('gives the https address of a host written without a scheme', () => {
    expect(withHttpsScheme('mind.im30.net/')).toBe('https://mind.im30.net/');
    expect(withHttpsScheme('mind.im30.net')).toBe('https://mind.im30.net');
    expect(withHttpsScheme('localhost/x')).toBe('https://localhost/x');
    expect(withHttpsScheme('例子.测试/路径')).toBe('https://例子.测试/路径');
  });

  it('is null for what already has a scheme, a path, a user name or no real host', () => {
    for (const value of [
      'https://mind.im30.net/',
      'http://a.b',
      'mailto:a@b.example',
      'javascript:alert(1)',
      'mind.im30.net:8080/',
      '/images/x.png',
      '//mind.im30.net/',
      './x',
      '.example',
      '\\\\host\\x',
      'mind',
      'mind.',
      'a b.example',
      ' mind.im30.net',
      'user@mind.im30.net',
      '',
      null,
      42,
    ]) {
      expect(withHttpsScheme(value), String(value)).toBeNull();
    }
  });
});
