/** Exit codes of fsjc: 0 valid, 1 invalid, 2 usage error or unreadable input. */
export const EXIT = { valid: 0, invalid: 1, usage: 2 } as const;

export class UsageError extends Error {}

export function fail(message: string): never {
  throw new UsageError(message);
}
