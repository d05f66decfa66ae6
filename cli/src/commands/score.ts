import type { Command } from 'commander';
import fs from 'node:fs';
import type { Edition } from '@fsjc/core';
import {
  createBatch, evaluate, formatInstant, methodFor, parseInstant, parsePeriod, profile as findProfile, score, scoreRecords, World,
  type Contact, type ScoreLevel, type Signal,
} from '@fsjc/sdk';
import { fail } from '../exit.js';
import { readBatches } from '../read-batches.js';

const LEVELS: Record<string, ScoreLevel> = { department: 'DEPARTMENT', post: 'POST', district: 'DISTRICT', line: 'VERTICAL_LINE' };
const FORMATS = ['json', 'csv', 'html', 'records'];

export function scoreCommand(program: Command): void {
  program
    .command('score')
    .description('绩效测评：计分、排名和月报 / scores, ranks and the monthly report (clause 14)')
    .argument('<inputs...>', 'batch files or directories (json, ndjson, xml)')
    .requiredOption('--period <period>', 'a month (2026-10), a quarter (2026-Q4) or a year (2026)')
    .option('--level <levels>', 'department | post | district | line, or several joined by commas (default: every level of the edition)')
    .option('--format <format>', 'json | csv | html | records (score records as an FSJC batch)', 'json')
    .option('--edition <edition>', 'public (units only, nothing personal) | internal (posts and people too)', 'public')
    .option('--profile <name>', 'profile whose calendar and scoring changes apply (default: foshan)')
    .option('--as-of <instant>', 'ISO date-time of evaluation (default: the end of the period)')
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .action(async (inputs: string[], opts) => {
      if (!FORMATS.includes(opts.format)) fail(`unknown --format ${opts.format} (${FORMATS.join(', ')})`);
      if (opts.edition !== 'public' && opts.edition !== 'internal') fail(`unknown --edition ${opts.edition} (public, internal)`);
      const which = opts.edition as Edition;
      let levels: ScoreLevel[] | undefined;
      if (opts.level) {
        levels = String(opts.level).split(',').map((l) => {
          const level = LEVELS[l.trim().toLowerCase()];
          if (!level) fail(`unknown --level ${l} (department, post, district, line)`);
          return level;
        });
        if (which === 'public' && levels.includes('POST')) fail('posts are in the internal edition only: add --edition internal');
      }
      let period;
      let asOf: number | undefined;
      let p;
      let method;
      try {
        period = parsePeriod(opts.period);
        asOf = opts.asOf ? parseInstant(opts.asOf) : undefined;
        p = findProfile(opts.profile);
        method = methodFor(p);
      } catch (e) {
        return fail((e as Error).message);
      }
      const batches = await readBatches(inputs, 'zh');
      const world = new World(batches);
      // the centre's own signal records when the input has them; otherwise the engine's, as of the end of the period
      let signals = batches.flatMap((b) => b.records as Signal[]).filter((r) => r.recordType === 'signal');
      const until = Math.min(asOf ?? period.end, period.end);
      if (signals.length) {
        process.stderr.write(`fsjc: ${signals.length} signal records in the input are counted\n`);
      } else {
        signals = evaluate(world, until, { profile: p.name }).signals;
        process.stderr.write(`fsjc: no signal records in the input: ${signals.length} signals derived by the engine as of ${formatInstant(until)}\n`);
      }
      // the publication (and its chart library) loads only when scores are asked for
      const { edition, reportCsv, reportHtml, PUBLIC_LEVELS } = await import('@fsjc/core');
      const started = Date.now();
      const report = score(world, { period: opts.period, profile: p.name, method, signals, levels: levels ?? (which === 'public' ? PUBLIC_LEVELS : undefined), asOf });
      process.stderr.write(`fsjc: ${report.subjects.length} subjects scored in ${Date.now() - started} ms${report.partial ? ' (partial: the period has not ended at the instant of evaluation)' : ''}\n`);
      const published = edition(report, which, world.latestOf<Contact>('contact').values());
      const now = Date.now();
      let out: string;
      if (opts.format === 'csv') out = reportCsv(published, method);
      else if (opts.format === 'html') out = reportHtml(published, method, { cityTitle: p.title_zh, producedAt: formatInstant(now) });
      else if (opts.format === 'records') {
        const centre = [...world.units.values()].find((u) => u.unitType === 'CITY_CENTRE');
        out = JSON.stringify(createBatch(
          { senderSystemId: `FSJC-${p.cityCode}`, senderUnitId: centre?.id ?? `U${p.cityCode}-JCZX`, regionCode: p.cityCode, profile: p.name },
          { sequenceNumber: 1, sentAt: formatInstant(now) }, scoreRecords({ ...report, subjects: published.subjects }, now),
        ), null, 2) + '\n';
      } else out = JSON.stringify({ ...published, method: { version: method.version, indicators: method.indicators.map(({ id, title_zh, title_en, direction, weight, zeroAt, fullAt, requirement }) => ({ id, title_zh, title_en, direction, weight, zeroAt, fullAt, requirement })) } }, null, 2) + '\n';
      if (opts.output) {
        fs.writeFileSync(opts.output, out);
        process.stderr.write(`fsjc: ${opts.format} written to ${opts.output}\n`);
      } else process.stdout.write(out);
    });
}
