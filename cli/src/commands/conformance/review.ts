import fs from 'node:fs';
import type { Command } from 'commander';
import { profileNames } from '@fsjc/sdk';
import { renderReviewHtml, renderReviewJson, renderReviewText, reviewFiles } from '@fsjc/conformance';
import { readableInputs } from '../../options.js';
import { Progress } from '../../progress.js';
import { EXIT, fail } from '../../exit.js';

/** `fsjc conformance review`: validation and data-quality findings for a sending system's files (FSJC-CONF-024). */
export function reviewCommand(conformance: Command): void {
  conformance
    .command('review')
    .description('数据审查：验证结果和数据质量发现 / data review: validation results and data-quality findings')
    .argument('<files...>', 'files or directories')
    .option('--format <format>', 'report format: text | json | html', 'text')
    .option('--lang <lang>', 'message language of text and JSON: zh | en (HTML has both)', 'zh')
    .option('--examples <n>', 'examples shown per finding code', '5')
    .option('--profile <name>', 'profile whose late-report lag applies (default: the profile each batch names)')
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .action(async (args: string[], opts) => {
      if (!['text', 'json', 'html'].includes(opts.format)) fail(`unknown --format ${opts.format} (text, json, html)`);
      if (!['zh', 'en'].includes(opts.lang)) fail(`unknown --lang ${opts.lang} (zh, en)`);
      if (!/^\d+$/.test(opts.examples)) fail(`--examples must be a whole number, not ${opts.examples}`);
      if (opts.profile !== undefined && !profileNames().includes(opts.profile)) fail(`unknown --profile ${opts.profile} (${profileNames().join(', ')})`);
      const files = readableInputs(args, opts.lang, { zh: '审查', en: 'review' });
      const progress = new Progress(process.stderr.isTTY === true);
      const report = await reviewFiles(files, {
        maxExamples: Number(opts.examples),
        profile: opts.profile,
        onProgress: (file, done, total) => progress.update(file, done, total),
      });
      progress.done();
      const text = opts.format === 'json' ? renderReviewJson(report, opts.lang) : opts.format === 'html' ? renderReviewHtml(report) : renderReviewText(report, opts.lang);
      if (opts.output) fs.writeFileSync(opts.output, text);
      else process.stdout.write(text);
      // the validator's verdict alone: quality findings are warnings (FSJC-CONF-024)
      process.exitCode = report.valid ? EXIT.valid : EXIT.invalid;
    });
}
