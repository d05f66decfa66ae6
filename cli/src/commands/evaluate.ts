import type { Command } from 'commander';
import fs from 'node:fs';
import path from 'node:path';
import { evaluate, formatDay, dayOf, formatInstant, parseInstant, renderDocument, type Signal, type Unit } from '@fsjc/sdk';
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
    .option('--documents <dir>', 'write a supervision notice (督办通知书) and a correction proposal (整改建议书) for every card awaiting feedback')
    .option('--issuer <name>', 'issuing monitoring centre named on the documents', '佛山市电子监察中心')
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
      if (opts.documents) {
        const units = new Map(batches.flatMap((b) => b.records as { recordType: string; id: string }[]).filter((r) => r.recordType === 'unit').map((r) => [r.id, r as unknown as Unit]));
        const cards = result.signals.filter((s) => (s.level === 'YELLOW_CARD' || s.level === 'RED_CARD') && s.status === 'NOTIFIED');
        fs.mkdirSync(opts.documents, { recursive: true });
        cards.forEach((s, i) => {
          const base = { issuer: opts.issuer, issued: formatDay(dayOf(asOf)), unit: units.get(s.unitId) };
          const safe = s.id.replace(/[^A-Za-z0-9._-]/g, '_');
          fs.writeFileSync(path.join(opts.documents, `${safe}.notice.html`), renderDocument('SUPERVISION_NOTICE', s, { ...base, number: `督办〔${formatDay(dayOf(asOf)).slice(0, 4)}〕${i + 1}号` }));
          fs.writeFileSync(path.join(opts.documents, `${safe}.proposal.html`), renderDocument('CORRECTION_PROPOSAL', s, { ...base, number: `整改〔${formatDay(dayOf(asOf)).slice(0, 4)}〕${i + 1}号` }));
        });
        process.stderr.write(`fsjc: ${cards.length * 2} documents written to ${opts.documents}\n`);
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
