import type { Command } from 'commander';
import {
  caseClock, caseLimitRecord, clockSettings, computeLimit, dayOf, formatDay, formatInstant, parseDay, parseInstant,
  profile, type CaseLimit, type ClockOptions, type FsjcRecord, type Limit, type Pause,
} from '@fsjc/sdk';
import { fail } from '../exit.js';
import { readBatches } from '../read-batches.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

interface CalendarFlags { profile?: string; region?: string; closure?: string[] }

function settingsFrom(opts: CalendarFlags) {
  const options: ClockOptions = {
    profile: opts.profile,
    region: opts.region,
    closures: (opts.closure ?? []).map((date) => (day(date, '--closure'), { date, reason_zh: '命令行指定', reason_en: 'given on the command line' })),
  };
  try {
    return clockSettings(options);
  } catch (e) {
    return fail((e as Error).message);
  }
}

function day(text: string, flag: string): number {
  try {
    return parseDay(text);
  } catch (e) {
    return fail(`${flag}: ${(e as Error).message}`);
  }
}

function instant(text: string, flag: string): number {
  try {
    return parseInstant(text);
  } catch (e) {
    return fail(`${flag}: ${(e as Error).message}`);
  }
}

function count(text: string, flag: string): number {
  if (!/^\d+$/.test(text)) fail(`${flag} needs a whole number ≥ 0, not "${text}"`);
  return Number(text);
}

/** --pause S/E, S/ for a pause still open; S and E are dates or ISO date-times. */
function pause(text: string): Pause {
  const m = /^([^/]+)\/([^/]*)$/.exec(text);
  if (!m) fail(`--pause needs START/END or START/ (still open), not "${text}"`);
  const start = instant(m[1], '--pause');
  const end = m[2] ? instant(m[2], '--pause') : undefined;
  if (end !== undefined && end < start) fail(`--pause ${text}: the end is before the start`);
  return end === undefined ? { start } : { start, end };
}

function limitFrom(opts: { workingDays?: string; naturalDays?: string; workingHours?: string }): Limit {
  const given = [['--working-days', opts.workingDays, 'WORKING_DAY'], ['--natural-days', opts.naturalDays, 'NATURAL_DAY'], ['--working-hours', opts.workingHours, 'WORKING_HOUR']]
    .filter(([, v]) => v !== undefined) as [string, string, Limit['unit']][];
  if (given.length !== 1) fail('give exactly one of --working-days N, --natural-days N, --working-hours N');
  const [flag, value, unit] = given[0];
  return { value: count(value, flag), unit };
}

function format(opts: { format?: string }): 'text' | 'json' {
  if (opts.format !== 'text' && opts.format !== 'json') fail(`unknown --format ${opts.format} (text, json)`);
  return opts.format;
}

const calendarOptions = (c: Command) => c
  .option('--profile <name>', 'profile whose calendar applies (default: the default profile, foshan)')
  .option('--region <code>', 'GB/T 2260 code of the district, for district closures')
  .option('--closure <date>', 'a further local closure day, YYYY-MM-DD (repeatable)', collect)
  .option('--format <format>', 'text | json', 'text');

export function clockCommand(program: Command): void {
  const clock = program.command('clock').description('时限计算 / working days and time limits (FSJC-CLK)');

  calendarOptions(clock.command('due')
    .description('期限届满日 / the last day of a limit')
    .requiredOption('--from <start>', 'the starting event: YYYY-MM-DD or ISO date-time (China Standard Time when no offset)')
    .option('--working-days <n>', 'limit in working days')
    .option('--natural-days <n>', 'limit in natural days')
    .option('--working-hours <n>', 'limit in office hours')
    .option('--extension <n>', 'approved extension in the same unit (repeatable)', collect)
    .option('--pause <start/end>', 'time not counted, START/END or START/ while open (repeatable)', collect))
    .action((opts) => {
      const out = format(opts);
      const settings = settingsFrom(opts);
      const limit = limitFrom(opts);
      const start = instant(opts.from, '--from');
      const extensions = (opts.extension ?? []).map((x: string) => ({ value: count(x, '--extension'), unit: limit.unit }));
      const pauses = (opts.pause ?? []).map(pause);
      let r;
      try {
        r = computeLimit({ start, limit, extensions, pauses }, settings);
      } catch (e) {
        return fail((e as Error).message);
      }
      const lastDay = r.lastDay === undefined ? null : formatDay(r.lastDay);
      if (out === 'json') {
        process.stdout.write(JSON.stringify({
          from: formatInstant(start), limit: r.limit, pauses: pauses.map((p: Pause) => ({ start: formatInstant(p.start), end: p.end === undefined ? null : formatInstant(p.end) })),
          lastDay, dueAt: r.dueAt === undefined ? null : formatInstant(r.dueAt), provisional: r.provisional,
          profile: profile(opts.profile).name,
        }, null, 2) + '\n');
      } else if (lastDay) process.stdout.write(`${lastDay}\n`);
      if (r.provisional) process.stderr.write('fsjc: provisional — the period reaches a year with no State Council holiday notice yet (FSJC-CLK-004)\n');
      if (!lastDay) {
        process.stderr.write('fsjc: no last day yet — an open pause holds the clock (FSJC-DATA-029)\n');
        process.exitCode = 1;
      }
    });

  calendarOptions(clock.command('workdays')
    .description('工作日天数 / working days from one date to another, both included')
    .requiredOption('--from <date>', 'first date, YYYY-MM-DD')
    .requiredOption('--to <date>', 'last date, YYYY-MM-DD'))
    .action((opts) => {
      const out = format(opts);
      const settings = settingsFrom(opts);
      const [from, to] = [day(opts.from, '--from'), day(opts.to, '--to')];
      if (to < from) fail('--to is before --from');
      let n: number;
      try {
        n = settings.calendar.workingDays(from, to);
      } catch (e) {
        return fail((e as Error).message);
      }
      const provisional = settings.calendar.provisional(from, to);
      if (out === 'json') process.stdout.write(JSON.stringify({ from: opts.from, to: opts.to, workingDays: n, provisional }, null, 2) + '\n');
      else process.stdout.write(`${n}\n`);
      if (provisional) process.stderr.write('fsjc: provisional — the range reaches a year with no State Council holiday notice yet (FSJC-CLK-004)\n');
    });

  clock.command('case')
    .description('办件的全部时限 / every limit of a case as of an instant')
    .argument('<files...>', 'batch files with the case, its events and (optionally) its item, signals and feedback')
    .requiredOption('--as-of <instant>', 'ISO date-time the state is computed for')
    .option('--case <id>', 'the case record id (default: every case in the files)')
    .option('--profile <name>', 'profile whose calendar and clock settings apply')
    .option('--format <format>', 'text | json', 'text')
    .option('--lang <lang>', 'message language: zh | en', 'zh')
    .action(async (files: string[], opts) => {
      const out = format(opts);
      const asOf = instant(opts.asOf, '--as-of');
      const records = (await readBatches(files, opts.lang === 'en' ? 'en' : 'zh')).flatMap((b) => b.records as FsjcRecord[]);
      const caseIds = opts.case ? [opts.case as string] : [...new Set(records.filter((r) => r.recordType === 'case').map((r) => r.id))];
      if (!caseIds.length) fail('no case record in the files');
      const clocks = caseIds.map((id) => {
        try {
          return caseClock(records, id, asOf, { profile: opts.profile });
        } catch (e) {
          return fail((e as Error).message);
        }
      });
      if (out === 'json') {
        process.stdout.write(JSON.stringify(clocks.map((c) => ({
          caseId: c.caseId, asOf: formatInstant(c.asOf), provisional: c.provisional, limits: c.limits.map(caseLimitRecord),
        })), null, 2) + '\n');
        return;
      }
      for (const c of clocks) process.stdout.write(caseText(c.caseId, c.asOf, c.limits));
    });
}

const UNIT = { WORKING_DAY: 'WD', NATURAL_DAY: 'ND', WORKING_HOUR: 'WH' } as const;

function caseText(caseId: string, asOf: number, limits: CaseLimit[]): string {
  const rows = limits.map((l) => [
    l.kind + (l.stage ? `:${l.stage}` : ''),
    `${l.limit.value} ${UNIT[l.limit.unit]}`,
    formatInstant(l.start),
    l.dueAt === undefined ? '—' : formatInstant(l.dueAt),
    `${l.elapsed}${l.measure === 'DAY' ? 'd' : 'min'}`,
    `${l.remaining}${l.measure === 'DAY' ? 'd' : 'min'}`,
    l.state === 'STOPPED' ? `STOPPED (${l.met ? 'met' : 'late'})` : String(l.state),
  ].concat(l.provisional ? ['provisional'] : []));
  const head = ['limit', 'value', 'start', 'due', 'elapsed', 'remaining', 'state'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < widths.length ? c.padEnd(widths[i]) : c)).join('  ').trimEnd() + '\n';
  return `办件 case ${caseId} — 截至 as of ${formatInstant(asOf)} (${formatDay(dayOf(asOf))})\n` +
    line(head) + rows.map(line).join('') + (limits.length ? '' : '(no limits: the case has no receipt or acceptance yet)\n') + '\n';
}
