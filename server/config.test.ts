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
      maxContentBytes: 30_720,
      concurrency: 4,
      retries: 2,
      ratePerSecond: 20,
      assetBase: '',
      accessToken: null,
      directoryFile: null,
      emojiFile: null,
    });
    expect(config.dataDir).toMatch(/\/data$/);
    expect(config.staticDir).toMatch(/\/dist$/);
  });

  it('keeps the SQLite file unless DATABASE_URL names a PostgreSQL database', () => {
    expect(loadConfig({}).databaseUrl).toBeNull();
    expect(loadConfig({ DATABASE_URL: ' ' }).databaseUrl).toBeNull();
    const url = 'postgresql://app:pw@db.internal:5432/studio?options=-c%20search_path%3Dmcs';
    expect(loadConfig({ DATABASE_URL: url }).databaseUrl).toBe(url);
  });

  it.each(['mysql://app:hunter22@db/studio', 'app:hunter22@db/studio', 'sqlite:./data'])(
    'refuses DATABASE_URL %s without repeating it (it may hold a password)',
    (value) => {
      let message = '';
      try {
        loadConfig({ DATABASE_URL: value });
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        message = (error as Error).message;
      }
      expect(message).toMatch(/DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ URL/);
      expect(message).not.toContain('hunter22');
      expect(message).not.toContain(value);
    },
  );

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
      MIND_MAX_CONTENT_BYTES: '65536',
    });
    expect(config.maxContentBytes).toBe(65_536);
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
    [{ MIND_RATE_PER_SECOND: '0' }, /MIND_RATE_PER_SECOND: must be a whole number from 1 to 10000/],
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
    [{ PUBLIC_URL: 'cards.example.com' }, /PUBLIC_URL: must be an http/],
    [{ ALLOWED_HOSTS: 'good.example, bad host' }, /ALLOWED_HOSTS: must be a comma-separated list/],
    [{ ALLOWED_HOSTS: 'https://cards.example.com' }, /ALLOWED_HOSTS/],
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

  it('gathers the names the server answers on besides loopback', () => {
    expect(loadConfig({}).allowedHosts).toEqual([]);
    expect(
      loadConfig({
        ALLOWED_HOSTS: ' Studio.LAN , intranet.example:8443,,',
        PUBLIC_URL: 'https://cards.example.com/studio/',
      }).allowedHosts,
    ).toEqual(['studio.lan', 'intranet.example:8443', 'cards.example.com']);
    const token = 'x'.repeat(20);
    expect(loadConfig({ HOST: '192.168.1.20', ACCESS_TOKEN: token }).allowedHosts).toEqual([
      '192.168.1.20',
    ]);
    expect(loadConfig({ HOST: '0.0.0.0', ACCESS_TOKEN: token }).allowedHosts).toEqual([]);
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
