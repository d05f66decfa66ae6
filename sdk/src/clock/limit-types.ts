import type { Limit } from '../generated/types.js';

/** A limit: a value and its unit (FSJC-DATA-025). */
export type { Limit };
export type LimitUnit = Limit['unit'];
