/**
 * PostgreSQL for the suites that run against it (storage, API). It is found at DATABASE_URL, or
 * at postgres://postgres@127.0.0.1:5432/test. When it cannot be reached those tests are skipped
 * with a note on a developer's machine, and fail in CI (`CI` set), where a skipped backend would
 * go unnoticed. Each suite works in a schema of its own, made fresh and dropped afterwards, so
 * parallel test files and reruns never meet.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const DEFAULT_TEST_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';

export interface FreshSchema {
  /** The schema's name (fsjc_test_…). */
  name: string;
  /** The database URL with the schema first on its search_path. */
  url: string;
  /** Drops the schema and everything in it. */
  drop(): Promise<void>;
}

export interface PostgresCheck {
  /** The server's URL (DATABASE_URL or the default). */
  url: string;
  available: boolean;
  /** Skip the tests that need it (unreachable, and not in CI). Use with `describe.skipIf(pg.skip)`. */
  skip: boolean;
  /** Says what is missing and what to do. */
  message: string;
  /** Call first thing in a test or hook: throws the message when PostgreSQL is unreachable. */
  assert(): void;
  /** Creates an empty schema of its own for one suite. */
  freshSchema(): Promise<FreshSchema>;
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url.replace(/:[^:@/]*@/, ':***@');
  }
}

/** The URL whose connections work in `schema` (PostgreSQL's `options` startup parameter). */
export function withSearchPath(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

let checked: Promise<PostgresCheck> | undefined;
const noted = new Set<string>();

/** Tries to connect (once per process) and says whether the PostgreSQL tests can run. */
export function requirePostgres(): Promise<PostgresCheck> {
  checked ??= check(process.env.DATABASE_URL || DEFAULT_TEST_DATABASE_URL);
  return checked;
}

async function check(url: string): Promise<PostgresCheck> {
  let error: string | undefined;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
  } catch (e) {
    error = e instanceof Error ? e.message || e.name : String(e);
  } finally {
    await client.end().catch(() => {});
  }
  const available = error === undefined;
  const message = available
    ? `PostgreSQL reached at ${redactUrl(url)}`
    : `PostgreSQL is not reachable at ${redactUrl(url)} (${error}): start it or set DATABASE_URL`;
  const skip = !available && !process.env.CI;
  if (skip && !noted.has(url)) {
    noted.add(url);
    console.warn(`[skipped] ${message}`);
  }
  return {
    url,
    available,
    skip,
    message,
    assert() {
      if (!available) throw new Error(message);
    },
    async freshSchema() {
      if (!available) throw new Error(message);
      const name = `fsjc_test_${randomBytes(6).toString('hex')}`;
      await adminQuery(url, `create schema ${name}`);
      return { name, url: withSearchPath(url, name), drop: () => adminQuery(url, `drop schema if exists ${name} cascade`) };
    },
  };
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
