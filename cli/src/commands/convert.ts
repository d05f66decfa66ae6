import type { Command } from 'commander';
import { fail } from '../exit.js';
import { convertFile } from '../convert-file.js';

export function convertCommand(program: Command): void {
  program
    .command('convert')
    .description('在 JSON、NDJSON 与 XML 之间转换交换文件 / convert an exchange file between JSON, NDJSON and XML')
    .argument('<file>', 'input file (json, ndjson or xml)')
    .requiredOption('--to <format>', 'output serialisation: xml | json | ndjson')
    .option('--encoding <encoding>', 'XML output encoding: UTF-8 | GB18030 | GBK', 'UTF-8')
    .option('--lang <lang>', 'message language: zh | en', 'zh')
    .option('-o, --output <file>', 'output file (default: stdout)')
    .action(async (file: string, opts) => {
      if (!['xml', 'json', 'ndjson'].includes(opts.to)) fail(`unknown --to ${opts.to} (xml, json, ndjson)`);
      await convertFile(file, opts.to, { output: opts.output, encoding: opts.encoding, lang: opts.lang === 'en' ? 'en' : 'zh' });
    });
}
