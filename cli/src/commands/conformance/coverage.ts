import type { Command } from 'commander';
import { coverage, renderCoverageCsv, renderCoverageJson, renderCoverageText, type CoverageReport } from '@fsjc/conformance';
import { fail } from '../../exit.js';

/** `fsjc conformance coverage`: every requirement with the tests that verify it, or why none does (FSJC-CONF-017). */
export function coverageCommand(conformance: Command): void {
  conformance
    .command('coverage')
    .description('要求覆盖情况：每条要求及检验它的测试 / requirement coverage: every requirement and the tests that verify it')
    .option('--format <format>', 'text | json | csv', 'text')
    .option('--uncovered', 'list only the requirements no test verifies (with their reasons, or none)')
    .action((opts) => {
      if (!['text', 'json', 'csv'].includes(opts.format)) fail(`unknown --format ${opts.format} (text, json, csv)`);
      let report: CoverageReport;
      try {
        report = coverage();
      } catch (e) {
        return fail((e as Error).message);
      }
      const o = { uncovered: opts.uncovered === true };
      process.stdout.write(opts.format === 'json' ? renderCoverageJson(report, o) : opts.format === 'csv' ? renderCoverageCsv(report, o) : renderCoverageText(report, o));
      // a listing, not a verdict: gaps are reported, not failed
      process.exitCode = 0;
    });
}
