import type { Command } from 'commander';
import { evaluate, formatInstant, parseInstant, type Signal } from '@fsjc/sdk';
import { fail } from '../exit.js';
import { readBatches } from '../read-batches.js';

const LEVEL_ZH: Record<string, string> = { NOTICE: '提示', WARNING: '预警', YELLOW_CARD: '黄牌', RED_CARD: '红牌' };

export function evaluateCommand(program: Command): void {
  program
    .command('evaluate')
    .description('预警纠错：由记录得出全部监察信号 / every signal the rules raise on the records (clause 13)')
    .argument('<inputs...>', 'batch files or directories (json, ndjson, xml)')
    .requiredOption('--as-of <instant>', 'ISO date-time the signals are computed for')
    .option('--profile <name>', 'profile whose rules, calendar and settings apply (default: foshan)')
    .option('--format <format>', 'text | json', 'text')
    .option('--lang <lang>', 'message language: zh | en', 'zh')
    .action(async (inputs: string[], opts) => {
      if (opts.format !== 'text' && opts.format !== 'json') fail(`unknown --format ${opts.format} (text, json)`);
      let asOf: number;
      try {
        asOf = parseInstant(opts.asOf);
      } catch (e) {
        return fail(`--as-of: ${(e as Error).message}`);
      }
      const lang = opts.lang === 'en' ? 'en' : 'zh';
      const batches = await readBatches(inputs, lang);
      let result;
      try {
        result = evaluate(batches, asOf, { profile: opts.profile });
      } catch (e) {
        return fail((e as Error).message);
      }
      if (opts.format === 'json') {
        process.stdout.write(JSON.stringify({
          asOf: formatInstant(asOf), signals: result.signals, notifications: result.notifications,
          nextChangeAt: result.nextChangeAt === undefined ? null : formatInstant(result.nextChangeAt),
        }, null, 2) + '\n');
        return;
      }
      process.stdout.write(summary(result.signals, asOf, lang));
      for (const s of result.signals) {
        const level = lang === 'zh' ? LEVEL_ZH[s.level] : s.level;
        process.stdout.write(`${s.openedAt}  ${level.padEnd(lang === 'zh' ? 2 : 11)}  ${s.status.padEnd(17)}  ${s.ruleId.padEnd(28)}  ${s.caseId ?? '-'}  ${s.unitId}${s.dueAt && s.status === 'NOTIFIED' ? `  due ${s.dueAt}` : ''}\n`);
      }
      if (result.nextChangeAt !== undefined) process.stdout.write(`\n${lang === 'zh' ? '下次按时间变化' : 'next change by time alone'}: ${formatInstant(result.nextChangeAt)}\n`);
    });
}

function summary(signals: Signal[], asOf: number, lang: 'zh' | 'en'): string {
  const count = (level: string) => signals.filter((s) => s.level === level).length;
  const open = signals.filter((s) => s.status !== 'CLOSED').length;
  return lang === 'zh'
    ? `截至 ${formatInstant(asOf)}：信号 ${signals.length} 个（未关闭 ${open}）——提示 ${count('NOTICE')}，预警 ${count('WARNING')}，黄牌 ${count('YELLOW_CARD')}，红牌 ${count('RED_CARD')}\n\n`
    : `As of ${formatInstant(asOf)}: ${signals.length} signals (${open} not closed) — ${count('NOTICE')} notices, ${count('WARNING')} warnings, ${count('YELLOW_CARD')} yellow cards, ${count('RED_CARD')} red cards\n\n`;
}
