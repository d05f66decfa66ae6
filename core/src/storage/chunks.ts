import { CompiledQuery, type Insertable } from 'kysely';
import type { Ctx } from './context.js';
import type { Backend } from './migrations/dialect.js';
import type { Database } from './schema.js';

/** Bound parameters one statement may carry: SQLite's SQLITE_MAX_VARIABLE_NUMBER, PostgreSQL's protocol limit. */
export const MAX_PARAMETERS: Record<Backend, number> = { sqlite: 32_766, postgres: 65_535 };

/**
 * The PostgreSQL type to give a text column whose values are always JSON texts (a record's body):
 * they are sent as one JSON array rather than as a text array, whose literal escapes every quote.
 */
export const JSON_TEXT = 'json-text';

/** Rows per multi-row statement at most: a batch of 500 records is one statement, and statements of one shape repeat. */
const MAX_ROWS = 500;

/** Splits rows for multi-row inserts (or ID lists for IN) so no statement exceeds the backend's parameter limit. */
export function* chunks<T>(rows: readonly T[], parametersPerRow: number, backend: Backend): Generator<T[]> {
  const size = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMETERS[backend] / parametersPerRow)));
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

/**
 * Multi-row inserts into one table, in chunks, for the hot path (a batch's records). kysely builds
 * the statement for a given number of rows once; after that only the parameters are laid out,
 * row by row in `columns` order, which is how kysely lays them out (checked when the text is made).
 * On PostgreSQL, given the columns' types, all rows go in one statement of one array per column
 * (`unnest`), which the server parses and binds faster than thousands of parameters; a column of
 * JSON texts (`JSON_TEXT`) goes as one JSON array.
 */
export class BulkInsert<T extends keyof Database> {
  readonly #text = new Map<string, string>();

  /** The PostgreSQL statement for any number of rows, made once. */
  readonly #unnest: string | undefined;

  constructor(
    private readonly table: T,
    private readonly columns: readonly (keyof Insertable<Database[T]> & string)[],
    /** PostgreSQL types of the columns, in the same order, for the unnest form. */
    private readonly postgresTypes?: readonly string[],
  ) {
    if (postgresTypes && postgresTypes.length !== columns.length) throw new Error(`insert into ${table}: one PostgreSQL type per column`);
    if (!postgresTypes) return;
    // JSON texts go as one JSON array: no element is escaped into an array literal, and the server
    // hands each back exactly as written (the json type keeps its text)
    const sources = postgresTypes.map((t, i) => (t === JSON_TEXT ? `json_array_elements($${i + 1}::json)` : `unnest($${i + 1}::${t}[])`));
    const selected = postgresTypes.map((t, i) => (t === JSON_TEXT ? `c${i}::text` : `c${i}`));
    const names = columns.map((c) => `"${c}"`).join(', ');
    const aliases = columns.map((_c, i) => `c${i}`).join(', ');
    this.#unnest = `insert into "${table}" (${names}) select ${selected.join(', ')} from rows from (${sources.join(', ')}) as t(${aliases})`;
  }

  async run(ctx: Ctx, rows: readonly Insertable<Database[T]>[]): Promise<void> {
    if (!rows.length) return;
    if (ctx.backend === 'postgres' && this.#unnest) {
      const parameters = this.columns.map((c, i) => {
        const values = rows.map((row) => (row as Record<string, unknown>)[c] ?? null);
        return this.postgresTypes![i] === JSON_TEXT ? `[${values.join(',')}]` : values;
      });
      await ctx.db.executeQuery(CompiledQuery.raw(this.#unnest, parameters));
      return;
    }
    for (const chunk of chunks(rows, this.columns.length, ctx.backend)) {
      const parameters: unknown[] = [];
      for (const row of chunk) for (const c of this.columns) parameters.push((row as Record<string, unknown>)[c] ?? null);
      const key = `${ctx.backend}:${chunk.length}`;
      let text = this.#text.get(key);
      if (text === undefined) {
        const compiled = ctx.db.insertInto(this.table).values(chunk as never).compile();
        if (compiled.parameters.length !== parameters.length || compiled.parameters.some((p, i) => p !== parameters[i])) {
          throw new Error(`insert into ${this.table}: rows must have exactly the columns ${this.columns.join(', ')}`);
        }
        text = compiled.sql;
        this.#text.set(key, text);
      }
      await ctx.db.executeQuery(CompiledQuery.raw(text, parameters));
    }
  }
}
