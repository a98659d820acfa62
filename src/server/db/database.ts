/**
 * The one database interface the server uses, with two implementations: PGlite (PostgreSQL compiled to WASM,
 * embedded, the default) and a real PostgreSQL server through `pg` (when DATABASE_URL is set). The same SQL runs
 * on both, so it must be accepted by PostgreSQL 15 (Debian's) and by PGlite's 18 (ADR 0012).
 */
export type QueryResult<Row> = { rows: Row[]; rowCount: number };

export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<Row>>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction on one connection: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs `work` on one connection without a transaction (session-level advisory locks need that). */
  session<T>(work: (connection: Queryable & { exec(sql: string): Promise<void> }) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** timestamptz comes back as a Date from both drivers. */
export const asIso = (value: unknown): string => {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return new Date(value).toISOString();
  throw new TypeError('Expected a timestamp');
};
