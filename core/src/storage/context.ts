import type { Kysely } from 'kysely';
import type { Backend } from './migrations/dialect.js';
import type { Database } from './schema.js';

/** What every storage module works with: a connection (or the transaction it runs in) and which backend it is. */
export interface Ctx {
  db: Kysely<Database>;
  backend: Backend;
}

/** SQL NULL for an absent optional value. */
export const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

/** Copies the columns that are not NULL into an object under their property names, so absent optionals stay absent. */
export function present<T extends object>(target: T, values: Record<string, unknown>): T {
  for (const [k, v] of Object.entries(values)) if (v !== null && v !== undefined) (target as Record<string, unknown>)[k] = v;
  return target;
}
