import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { DEFAULT_KNOBS, simulate, type Knobs } from '@fsjc/conformance';
import { fail } from '../exit.js';
import { whole } from '../options.js';


export function simulateCommand(program: Command): void {
  program
    .command('simulate')
    .description('模拟城市：生成有效的交换批次 / write valid batches of a synthetic city')
    .option('--profile <name>', 'profile of the city (default: foshan)')
    .option('--days <n>', 'days to simulate', '30')
    .option('--cases-per-day <n>', 'cases received each working day, across the districts', '200')
    .option('--seed <n>', 'random seed (same seed, same city)', '1')
    .option('--start <date>', 'first day, YYYY-MM-DD', '2026-10-08')
    .option('--knob <name=value>', `share of a kind of trouble (repeatable): ${Object.keys(DEFAULT_KNOBS).join(', ')}`, (v: string, prev: string[] = []) => [...prev, v])
    .requiredOption('-o, --output <dir>', 'directory to write the batches into')
    .action((opts) => {
      const knobs: Partial<Knobs> = {};
      for (const kv of opts.knob ?? []) {
        const [name, value] = kv.split('=');
        if (!(name in DEFAULT_KNOBS)) fail(`unknown knob "${name}" (${Object.keys(DEFAULT_KNOBS).join(', ')})`);
        const v = Number(value);
        if (!(v >= 0 && v <= 1)) fail(`--knob ${name} needs a share from 0 to 1, not "${value}"`);
        knobs[name as keyof Knobs] = v;
      }
      let batches;
      try {
        batches = simulate({ profile: opts.profile, days: whole(opts.days, '--days'), casesPerDay: whole(opts.casesPerDay, '--cases-per-day'), seed: whole(opts.seed, '--seed'), start: opts.start, knobs });
      } catch (e) {
        return fail((e as Error).message);
      }
      fs.mkdirSync(opts.output, { recursive: true });
      let records = 0;
      for (const b of batches) {
        fs.writeFileSync(path.join(opts.output, b.name), JSON.stringify(b.batch) + '\n');
        records += b.batch.records.length;
      }
      process.stderr.write(`fsjc: ${batches.length} batches, ${records} records written to ${opts.output}\n`);
    });
}
