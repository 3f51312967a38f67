import { describe, expect, it } from 'vitest';
import { MIND_API_URL } from '../src/mind';
import { ConfigError, isLoopback, loadConfig, maskAppId } from './config';

describe('loadConfig', () => {
  it('runs a sandbox on 127.0.0.1:8080 with nothing set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 8080,
      mode: 'sandbox',
      credentials: null,
      mindApiUrl: MIND_API_URL,
      timeoutMs: 10_000,
      batchSize: 100,
      concurrency: 4,
      retries: 2,
      assetBase: '',
      accessToken: null,
      directoryFile: null,
      emojiFile: null,
    });
    expect(config.dataDir).toMatch(/\/data$/);
    expect(config.staticDir).toMatch(/\/dist$/);
  });

  it('treats blank values as unset', () => {
    expect(loadConfig({ MIND_APP_ID: '', MIND_APP_SECRET: ' ', PORT: '' })).toMatchObject({
      mode: 'sandbox',
      port: 8080,
    });
  });

  it('is live with both credentials', () => {
    const config = loadConfig({
      MIND_APP_ID: 'mind_abc',
      MIND_APP_SECRET: 's3cret',
      MIND_BATCH_SIZE: '50',
    });
    expect(config.mode).toBe('live');
    expect(config.credentials).toEqual({ appId: 'mind_abc', appSecret: 's3cret' });
    expect(config.batchSize).toBe(50);
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT: must be a whole number.*"eighty"/],
    [{ PORT: '70000' }, /PORT/],
    [{ MIND_TIMEOUT_MS: '-5' }, /MIND_TIMEOUT_MS/],
    [{ MIND_BATCH_SIZE: '0' }, /MIND_BATCH_SIZE/],
    [{ MIND_CONCURRENCY: '1.5' }, /MIND_CONCURRENCY/],
    [{ MIND_RETRIES: 'many' }, /MIND_RETRIES/],
    [{ MIND_API_URL: 'ftp://mind.example/send' }, /MIND_API_URL: must be an http/],
    [{ MIND_API_URL: 'not a url' }, /MIND_API_URL/],
    [{ MIND_APP_ID: 'mind_abc' }, /MIND_APP_SECRET: must be set together with MIND_APP_ID/],
    [{ MIND_APP_SECRET: 'only-secret' }, /MIND_APP_ID: must be set/],
    [{ ACCESS_TOKEN: 'short' }, /ACCESS_TOKEN: must be at least 16/],
    [
      { HOST: '0.0.0.0' },
      /HOST: "0.0.0.0" lets other machines reach the server, so ACCESS_TOKEN must be set/,
    ],
    [{ HOST: '192.168.1.20' }, /ACCESS_TOKEN must be set/],
    [{ TRUST_PROXY: 'yes' }, /TRUST_PROXY: must be true, false, or the number/],
  ])('refuses %o naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('never repeats a secret in its message', () => {
    try {
      loadConfig({ ACCESS_TOKEN: 'tiny-secret' });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).not.toContain('tiny-secret');
    }
  });

  it('reads TRUST_PROXY as a switch or a hop count', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
  });

  it('allows any host with an access token', () => {
    expect(loadConfig({ HOST: '0.0.0.0', ACCESS_TOKEN: 'x'.repeat(20) }).host).toBe('0.0.0.0');
  });
});

describe('isLoopback', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['localhost', true],
    ['::1', true],
    ['[::1]', true],
    ['0.0.0.0', false],
    ['::', false],
    ['10.0.0.5', false],
    ['example.com', false],
  ])('%s → %s', (host, expected) => expect(isLoopback(host)).toBe(expected));
});

describe('maskAppId', () => {
  it('keeps the start and end only', () => {
    expect(maskAppId('mind_y2rbhgo9no60u2yd')).toBe('mind_y2…60u2yd');
    expect(maskAppId('short')).toBe('sh…');
  });
});
