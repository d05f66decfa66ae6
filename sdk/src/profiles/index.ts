import { PROFILES } from '../generated/profiles.js';
import type { Profile } from './profile.js';

export type { Profile, ProfileClock, OfficeSpan } from './profile.js';

/** The names of the published profiles. */
export function profileNames(): string[] {
  return Object.keys(PROFILES);
}

/** The profile of that name, or the default profile (FSJC-ORG-009) when no name is given. */
export function profile(name?: string): Profile {
  if (name === undefined) return Object.values(PROFILES).find((p) => p.default)!;
  const p = PROFILES[name];
  if (!p) throw new RangeError(`unknown profile "${name}"; known: ${profileNames().join(', ')}`);
  return p;
}
