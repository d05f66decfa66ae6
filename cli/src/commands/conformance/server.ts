import type { Command } from 'commander';
import { fail } from '../../exit.js';
import { collect, whole } from '../../options.js';
import { signKeyOption, writeCertificate } from './sign.js';



/**
 * `fsjc conformance server`: the kit drives a receiving centre's exchange interface with the tokens
 * it issued for test systems (FSJC-CONF-030) and reports test by test. Exit status 0 when no MUST
 * test failed, 1 when one did, 2 when the kit's own errors kept it from a verdict (or on a usage error).
 */
export function serverCommand(conformance: Command): void {
  conformance
    .command('server')
    .description('接收中心一致性测试 / conformance testing of a receiving centre through its exchange interface')
    .requiredOption('--url <url>', 'the centre\'s base address, e.g. https://fsjc.example.gov.cn')
    .option('--token <token>', 'the token the centre issued for the kit\'s sending system (default: $FSJC_TOKEN)')
    .option('--other-token <token>', 'the token of a sending system of another district (default: $FSJC_OTHER_TOKEN)')
    .option('--reader-token <token>', 'a monitoring centre\'s token that may read the district\'s signals, for the L4 scenarios (default: $FSJC_READER_TOKEN)')
    .option('--system <id>', 'the kit\'s sending system, as its token is registered', 'NH-XZSP')
    .option('--unit <id>', 'the unit of the kit\'s sending system', 'U440605-XZFW')
    .option('--region <code>', 'the division of the kit\'s sending system', '440605')
    .option('--other-system <id>', 'the other district\'s sending system', 'SD-XZSP')
    .option('--other-unit <id>', 'the unit of the other district\'s system', 'U440606-XZFW')
    .option('--other-region <code>', 'the division of the other district\'s system', '440606')
    .option('--sequence-base <n>', 'the first batch sequence number the kit uses (default: the time in milliseconds, so runs never reuse numbers)')
    .option('--examples <dir>', 'the standard\'s examples folder with the public test cases (default: the one beside the kit)')
    .option('--test <id>', 'run this test, with the tests it requires (repeatable)', collect, [])
    .option('--group <id>', 'run this group, with the tests it requires (repeatable)', collect, [])
    .option('--timeout <seconds>', 'time-out of each test', '60')
    .option('-o, --output <dir>', 'write report.json, report.html and report.junit.xml into this folder')
    .option('--sign-key <file>', 'the project office\'s SM2 key (fsjc conformance keygen): issue a signed certificate into --output')
    .option('--format <format>', 'what goes to stdout: text (progress and summary) | json (the report)', 'text')
    .action(async (opts) => {
      if (!['text', 'json'].includes(opts.format)) fail(`unknown --format ${opts.format} (text, json)`);
      const token = opts.token ?? process.env.FSJC_TOKEN;
      const otherToken = opts.otherToken ?? process.env.FSJC_OTHER_TOKEN;
      const readerToken = opts.readerToken ?? process.env.FSJC_READER_TOKEN;
      if (!token) fail('--token (or $FSJC_TOKEN) is required: the token of the kit\'s sending system');
      if (!otherToken) fail('--other-token (or $FSJC_OTHER_TOKEN) is required: the token of a system of another district');
      try {
        if (!/^https?:$/.test(new URL(opts.url).protocol)) throw new Error();
      } catch {
        fail(`--url needs an http(s) address, not "${opts.url}"`);
      }
      const timeoutMs = whole(opts.timeout, '--timeout') * 1000;
      const officeKey = signKeyOption(opts.signKey, opts.output);
      const sequenceBase = opts.sequenceBase === undefined ? undefined : whole(opts.sequenceBase, '--sequence-base');
      const { runServerConformance, runExitCode, progressLines, summaryLines, writeReports, reportJson } = await import('@fsjc/conformance');
      // text: progress on stdout; json: stdout is the report alone, progress goes to stderr
      const progress = opts.format === 'json' ? process.stderr : process.stdout;
      const only = [...(opts.test as string[]), ...(opts.group as string[])];
      let report;
      try {
        report = await runServerConformance({
          url: opts.url, token, otherToken, ...(readerToken ? { readerToken } : {}),
          system: { senderSystemId: opts.system, senderUnitId: opts.unit, regionCode: opts.region },
          other: { senderSystemId: opts.otherSystem, senderUnitId: opts.otherUnit, regionCode: opts.otherRegion },
          ...(sequenceBase !== undefined ? { sequenceBase } : {}), ...(opts.examples ? { examples: opts.examples } : {}),
          only, timeoutMs,
          onResult: (r) => progress.write(progressLines(r).join('\n') + '\n'),
        });
      } catch (e) {
        // an unknown test or group, a suite that is not sound: the run never started
        return fail((e as Error).message);
      }
      const extra: { code: string; params?: Record<string, string> }[] = !readerToken && !only.length ? [{ code: 'server.l4NotRun' }] : [];
      if (opts.output) {
        // the files' names: where the folder is, the user knows
        const written = writeReports(report, opts.output);
        const certificate = officeKey ? writeCertificate(report, opts.output, officeKey) : undefined;
        if (certificate) written.push(certificate);
        const files = written.map((f) => f.split(/[\\/]/).pop()!);
        extra.push({ code: 'server.reportsWritten', params: { files: files.join(', ') } });
      }
      progress.write(summaryLines(report, extra).join('\n') + '\n');
      if (opts.format === 'json') process.stdout.write(reportJson(report));
      process.exitCode = runExitCode(report);
    });
}
