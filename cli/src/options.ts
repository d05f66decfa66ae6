import fs from 'node:fs';
import { listInputFiles } from '@fsjc/sdk';
import { fail } from './exit.js';

/** A repeatable option's values. */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** A whole-number option, at least `min`; anything else is a usage error naming the option. */
export function whole(value: string, flag: string, min = 1): number {
  if (!/^\d+$/.test(value) || Number(value) < min) fail(`${flag} needs a whole number ≥ ${min}, not "${value}"`);
  return Number(value);
}

/** The files named or found under the directories named, each readable; none is a usage error. */
export function readableInputs(args: readonly string[], lang: string, what: { zh: string; en: string }): string[] {
  const files = listInputFiles([...args]);
  for (const f of files) {
    try {
      fs.accessSync(f, fs.constants.R_OK);
    } catch {
      fail(lang === 'zh' ? `无法读取文件：${f}` : `cannot read file: ${f}`);
    }
  }
  if (files.length === 0) fail(lang === 'zh' ? `没有可${what.zh}的文件` : `no files to ${what.en}`);
  return files;
}
