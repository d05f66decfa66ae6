import fs from 'node:fs';
import os from 'node:os';
import type { Command } from 'commander';
import { renderJson, renderJunit, renderText, validateFiles, type Language } from '@fsjc/sdk';
import { readableInputs, whole } from '../options.js';
import { Progress } from '../progress.js';
import { EXIT, fail } from '../exit.js';

export function validateCommand(program: Command): void {
  program
    .command('validate')
    .description('校验交换文件（JSON、NDJSON、XML）/ validate exchange files (JSON, NDJSON, XML)')
    .argument('<files...>', 'files or directories')
    .option('--format <format>', 'report format: text | json | junit', 'text')
    .option('--lang <lang>', 'message language: zh | en', 'zh')
    .option('--input-format <format>', 'force the input serialisation: json | ndjson | xml')
    .option('--max-examples <n>', 'examples shown per finding code', '5')
    .option('--xsd <when>', 'also check XML against the XSD: auto (files up to 16 MB) | always | never', 'auto')
    .option('--fact-memory <MB>', 'memory for the checks across records before they use temporary files, in MB', '16')
    .option('--temp-dir <dir>', 'where those temporary files go (removed at the end)', os.tmpdir())
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .action(async (args: string[], opts) => {
      if (!['text', 'json', 'junit'].includes(opts.format)) fail(`unknown --format ${opts.format} (text, json, junit)`);
      if (!['zh', 'en'].includes(opts.lang)) fail(`unknown --lang ${opts.lang} (zh, en)`);
      if (opts.inputFormat && !['json', 'ndjson', 'xml'].includes(opts.inputFormat)) fail(`unknown --input-format ${opts.inputFormat}`);
      if (!['auto', 'always', 'never'].includes(opts.xsd)) fail(`unknown --xsd ${opts.xsd} (auto, always, never)`);
      const factMemory = whole(opts.factMemory, '--fact-memory') * 2 ** 20;
      if (!fs.statSync(opts.tempDir, { throwIfNoEntry: false })?.isDirectory()) fail(`--temp-dir ${opts.tempDir} is not a directory`);
      const files = readableInputs(args, opts.lang, { zh: '校验', en: 'validate' });
      // an interrupted validation exits, so its temporary files go (a signal alone would leave them)
      for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) process.once(signal, () => process.exit(code));
      const progress = new Progress(process.stderr.isTTY === true);
      const report = await validateFiles(files, {
        maxExamples: Number(opts.maxExamples) || 5,
        format: opts.inputFormat,
        xsd: opts.xsd === 'auto' ? 'auto' : opts.xsd === 'always',
        factMemory,
        tempDir: opts.tempDir,
        onProgress: (file, done, total) => progress.update(file, done, total),
      });
      progress.done();
      const lang = opts.lang as Language;
      const text = opts.format === 'json' ? renderJson(report, lang) : opts.format === 'junit' ? renderJunit(report, lang) : renderText(report, lang);
      if (opts.output) fs.writeFileSync(opts.output, text);
      else process.stdout.write(text);
      process.exitCode = report.valid ? EXIT.valid : EXIT.invalid;
    });
}
