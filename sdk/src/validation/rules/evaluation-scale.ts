import type { Rule } from '../rule.js';

const THREE_LEVEL = new Set(['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED']);

/** FSJC-DATA-060: a legacy three-level device can only give the three middle levels. */
export const evaluationScale: Rule = {
  id: 'evaluation-scale',
  codes: ['evaluation.levelNotOnScale'],
  recordTypes: ['evaluation'],
  create: () => ({
    record(record, ctx) {
      if (record.scale === 3 && !THREE_LEVEL.has(record.level)) ctx.report('evaluation.levelNotOnScale', '/level', { value: record.level, scale: 3 });
    },
  }),
};
