import { Command, CommanderError } from 'commander';
import { STANDARD_VERSION } from '@fsjc/sdk';
import { validateCommand } from './commands/validate.js';
import { convertCommand } from './commands/convert.js';
import { clockCommand } from './commands/clock.js';
import { evaluateCommand } from './commands/evaluate.js';
import { scoreCommand } from './commands/score.js';
import { vectorsCommand } from './commands/vectors.js';
import { simulateCommand } from './commands/simulate.js';
import { serveCommand } from './commands/serve.js';
import { adminCommand } from './commands/admin.js';
import { conformanceCommand } from './commands/conformance.js';
import { EXIT, UsageError } from './exit.js';

// a reader that stops early (| head) is not an error
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

const program = new Command();
program
  .name('fsjc')
  .description(`FSJC 行政审批电子监察数据交换标准工具 / tools of the FSJC exchange standard (v${STANDARD_VERSION})`)
  .version(STANDARD_VERSION)
  .exitOverride();

validateCommand(program);
convertCommand(program);
clockCommand(program);
evaluateCommand(program);
scoreCommand(program);
vectorsCommand(program);
simulateCommand(program);
serveCommand(program);
adminCommand(program);
conformanceCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    process.exitCode = e.exitCode === 0 ? 0 : EXIT.usage;
  } else if (e instanceof UsageError) {
    process.stderr.write(`fsjc: ${e.message}\n`);
    process.exitCode = EXIT.usage;
  } else {
    process.stderr.write(`fsjc: ${(e as Error).stack ?? e}\n`);
    process.exitCode = EXIT.usage;
  }
}
