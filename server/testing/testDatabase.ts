import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type DatabaseLocation, type Db } from '../store/db';
import type { SqlDialect } from '../store/migrations';

/*
 * Which database the server's tests run on. The `server` project: SQLite files. The
 * `server-postgres` project (vite.config.ts, only when TEST_DATABASE_URL is set) runs the same
 * files with MCS_TEST_DATABASE=postgres: each data directory then stands for a schema of its
 * own in that database, made on first use and dropped after the file (postgresTestSetup.ts).
 */

export const testDialect: SqlDialect =
  process.env.MCS_TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite';

/** The command that runs the PostgreSQL variants, as the skip notice and docs give it. */
export const POSTGRES_TEST_COMMAND =
  'TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm test';

const schemas = new Map<string, string>();

function testDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL?.trim();
  if (!url) throw new Error(`TEST_DATABASE_URL is not set (${POSTGRES_TEST_COMMAND})`);
  return url;
}

async function withClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** TEST_DATABASE_URL with its search_path set to `schema`. */
export function urlWithSchema(schema: string): string {
  const url = new URL(testDatabaseUrl());
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

/** A new, empty schema, dropped by `dropTestSchemas`. */
export async function createTestSchema(): Promise<string> {
  const schema = `mcs_test_${randomBytes(6).toString('hex')}`;
  await withClient((client) => client.query(`create schema ${schema}`));
  schemas.set(schema, schema);
  return schema;
}

/**
 * Where a test server keeps its data: `dataDir` itself on SQLite; on PostgreSQL a schema that
 * belongs to `dataDir` (the same directory again is the same schema, as a restart finds it).
 */
export async function testLocation(dataDir: string): Promise<Required<DatabaseLocation>> {
  if (testDialect === 'sqlite') return { dataDir, databaseUrl: null };
  let schema = schemas.get(dataDir);
  if (!schema) {
    schema = await createTestSchema();
    schemas.set(dataDir, schema);
  }
  return { dataDir, databaseUrl: urlWithSchema(schema) };
}

/** The environment a test server needs for `dataDir`: DATA_DIR, and DATABASE_URL on PostgreSQL. */
export async function testDatabaseEnv(dataDir: string): Promise<Record<string, string>> {
  const { databaseUrl } = await testLocation(dataDir);
  return databaseUrl ? { DATA_DIR: dataDir, DATABASE_URL: databaseUrl } : { DATA_DIR: dataDir };
}

/** Drops every schema this test file made. */
export async function dropTestSchemas(): Promise<void> {
  const made = new Set(schemas.values());
  schemas.clear();
  if (!made.size) return;
  await withClient(async (client) => {
    for (const schema of made) await client.query(`drop schema if exists ${schema} cascade`);
  });
}

/** Null when PostgreSQL answers at TEST_DATABASE_URL, else why not. */
export async function postgresProblem(): Promise<string | null> {
  try {
    await withClient((client) => client.query('select 1'));
    return null;
  } catch (error) {
    const { message, code } = (error ?? {}) as { message?: string; code?: string };
    return message || code || String(error);
  }
}

/** A fresh, migrated database of the project's kind (SQLite file or PostgreSQL schema). */
export async function openTestDatabase(): Promise<Db> {
  return openDatabase(await testLocation(mkdtempSync(join(tmpdir(), 'mcs-store-'))));
}
