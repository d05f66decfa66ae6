import { STANDARD_VERSION, SUPPORTED_MAJORS } from '../../generated/standard.js';
import type { Rule } from '../rule.js';

const [CURRENT_MAJOR, CURRENT_MINOR] = STANDARD_VERSION.split('.').map(Number);

/**
 * FSJC-VER-003/004: the current and the previous major version are accepted (the previous one
 * with a warning); a newer minor version than this SDK knows is accepted with an advisory, since
 * minor versions only add optional fields and codes.
 */
export const standardVersion: Rule = {
  id: 'standard-version',
  codes: ['envelope.unsupportedVersion', 'envelope.previousMajor', 'envelope.newerMinor'],
  create: () => ({
    header(header, ctx) {
      const v = String(header.standardVersion);
      const [major, minor] = v.split('.').map(Number);
      if (!SUPPORTED_MAJORS.includes(major)) ctx.report('envelope.unsupportedVersion', '/standardVersion', { value: v, supported: SUPPORTED_MAJORS.join(', ') });
      else if (major < CURRENT_MAJOR) ctx.report('envelope.previousMajor', '/standardVersion', { value: v, current: STANDARD_VERSION });
      else if (major === CURRENT_MAJOR && minor > CURRENT_MINOR) ctx.report('envelope.newerMinor', '/standardVersion', { value: v, current: STANDARD_VERSION });
    },
  }),
};
