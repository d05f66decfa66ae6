import type { Command } from 'commander';
import { runVectorFiles, vectorFiles } from '@fsjc/conformance';
import { fail } from '../exit.js';

export function vectorsCommand(program: Command): void {
  const vectors = program.command('vectors').description('一致性测试向量 / conformance test vectors');
  vectors
    .command('run')
    .description('运行测试向量并逐条报告 / run test vectors and report pass or fail for each')
    .argument('[paths...]', 'vector files or directories (default: conformance/vectors)')
    .option('--id <id>', 'run only the vector with this ID (repeatable)', (v: string, prev: string[] = []) => [...prev, v])
    .option('--format <format>', 'text | json', 'text')
    .action((paths: string[], opts) => {
      if (opts.format !== 'text' && opts.format !== 'json') fail(`unknown --format ${opts.format} (text, json)`);
      const roots = paths.length ? paths : ['conformance/vectors'];
      let files: string[];
      try {
        files = vectorFiles(roots);
      } catch (e) {
        return fail(`cannot read ${roots.join(' ')}: ${(e as Error).message}`);
      }
      if (!files.length) fail(`no vector files in ${roots.join(' ')}`);
      const ids: string[] | undefined = opts.id;
      const results = runVectorFiles(files, ids ? (v) => ids.includes(v.id) : undefined);
      if (ids && !results.length) fail(`no vector with id ${ids.join(', ')}`);
      const n = (o: string) => results.filter((r) => r.outcome === o).length;
      if (opts.format === 'json') process.stdout.write(JSON.stringify({ passed: n('pass'), failed: n('fail'), errors: n('error'), results }, null, 2) + '\n');
      else {
        for (const r of results) {
          process.stdout.write(`${r.outcome.toUpperCase().padEnd(5)}  ${r.id}  ${r.description}${r.requirements.length ? ` [${r.requirements.join(', ')}]` : ''}\n`);
          for (const d of r.differences) process.stdout.write(`       ${d}\n`);
        }
        process.stdout.write(`\n${results.length} vectors: ${n('pass')} passed, ${n('fail')} failed, ${n('error')} could not run\n`);
      }
      // 0 all pass, 1 the implementation fails a vector, 2 a vector could not be run
      process.exitCode = n('error') ? 2 : n('fail') ? 1 : 0;
    });
}
