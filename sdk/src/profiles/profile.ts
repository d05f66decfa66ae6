import type { Limit } from '../clock/limit-types.js';
import type { ProfileScoring } from '../scoring/method-data.js';
import type { ProfileRules } from '../signals/rules-data.js';

/** Office hours: one span of a working day, local time "HH:MM" (FSJC-CLK-030). */
export interface OfficeSpan { from: string; to: string }

/** How the clock is configured in a profile (FSJC-ORG-009, FSJC-CLK-030, FSJC-DATA-028, FSJC-DATA-029, FSJC-CLK-017). */
export interface ProfileClock {
  officeHours: OfficeSpan[];
  /** When a limit in days ends on its last day: at 24:00, or at the close of office hours. */
  dayLimitEnd: 'MIDNIGHT' | 'CLOSE_OF_BUSINESS';
  /** Whether an approved extension is also added to the promised limit. */
  extendPromisedLimit: boolean;
  /** The supervision deadline (督办期限) after a yellow card. */
  supervisionLimit: Limit;
}

/** A profile: a city's configuration of the standard (FSJC-ORG-009). */
export interface Profile {
  name: string;
  default: boolean;
  title_zh: string;
  title_en: string;
  cityCode: string;
  districts: string[];
  adminLevels: string[];
  stages: string[];
  digestKeyIssuer: string;
  clock: ProfileClock;
  /** Changes to the monitoring rules (FSJC-SIG-002). */
  rules?: ProfileRules;
  /** Changes to the scoring method (FSJC-SCO-002). */
  scoring?: ProfileScoring;
}
