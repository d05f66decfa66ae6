import type { Contact, ScoreLevel, ScoreReport, SubjectScore } from '@fsjc/sdk';

/** Public: units only, nothing personal; internal: posts and the people in them too (FSJC-SCO-012). */
export type Edition = 'public' | 'internal';

export const PUBLIC_LEVELS: readonly ScoreLevel[] = ['DEPARTMENT', 'DISTRICT', 'VERTICAL_LINE'];

export interface EditionSubject extends SubjectScore {
  /** Internal edition: the people holding a post (names as the registry gives them). */
  people?: string[];
}

export interface EditionReport extends Omit<ScoreReport, 'subjects'> {
  edition: Edition;
  subjects: EditionSubject[];
}

/**
 * The report as an edition: the public edition drops posts (and with them every person);
 * the internal edition names the people of each post from the registry's contacts.
 */
export function edition(report: ScoreReport, which: Edition, contacts: Iterable<Contact> = []): EditionReport {
  if (which === 'public') {
    const levels = report.levels.filter((l) => PUBLIC_LEVELS.includes(l));
    return { ...report, edition: which, levels, subjects: report.subjects.filter((s) => PUBLIC_LEVELS.includes(s.level)) };
  }
  const byPost = new Map<string, string[]>();
  for (const c of contacts) for (const p of c.postIds ?? []) byPost.set(p, [...(byPost.get(p) ?? []), c.name]);
  return {
    ...report, edition: which,
    subjects: report.subjects.map((s) => (s.level === 'POST' && byPost.has(s.subjectId) ? { ...s, people: byPost.get(s.subjectId)!.sort() } : s)),
  };
}
