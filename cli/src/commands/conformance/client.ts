import fs from 'node:fs';
import type { Command } from 'commander';
import { progressLines, runClientConformance, runExitCode, summaryLines, writeReports, type Handoff, type ResolvedScenario } from '@fsjc/conformance';
import { fail } from '../../exit.js';
import { collect, whole } from '../../options.js';
import { signKeyOption, writeCertificate } from './sign.js';


function say(line = ''): void {
  process.stderr.write(`${line}\n`);
}

/** What the integrator is told once the kit listens: where to send, with what, and what to enter. */
function instructions(h: Handoff, scenarios: readonly ResolvedScenario[]): void {
  say('发送系统一致性测试已就绪 — client conformance is ready');
  say(`  接收地址 URL            ${h.url}`);
  say(`  令牌 token              ${h.token}`);
  say(`  回执验证公钥 centre key  ${h.centrePublicKey}`);
  say(`  系统 system             ${h.system.systemId} (${h.system.unitId}, ${h.system.regionCode})`);
  say(`  场景 scenarios (JSON)   ${h.scenariosUrl}`);
  say(`  进度 progress           ${h.url}/conformance/progress`);
  say('请在被测系统中办理以下办件并报送，每个场景单独成批 — handle these cases in the system under test and report them, each scenario in a batch of its own:');
  for (const s of scenarios) {
    say(`  ${s.id} ${s.title_zh} / ${s.title_en}`);
    for (const c of s.cases) say(`    办件编号 case number ${c.caseNumber}  查询码 query code ${c.queryCode}`);
    for (const line of s.instructions_zh) say(`    ${line}`);
  }
  say();
}

export function clientCommand(conformance: Command): void {
  conformance
    .command('client')
    .description('发送系统一致性测试：以认证模式运行参考核心，等待被测系统报送场景 / certify a sending system: run the reference core in certification mode and wait for the scenarios')
    .option('--suite <name or file>', 'the client suite: a version (v1), a name (client-v1) or a file', 'v1')
    .option('--port <n>', 'port to listen on (0: any free port)', '8090')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--system <id>', 'the sending system\'s ID', 'NH-XZSP')
    .option('--unit <id>', 'the unit that runs it', 'U440605-XZFW')
    .option('--region <code>', 'its district', '440605')
    .option('--test <id>', 'run only this test (repeatable; with the tests it depends on)', collect)
    .option('--group <id>', 'run only this group (repeatable)', collect)
    .option('--timeout <seconds>', 'time-out of each test', '60')
    .option('--wait <minutes>', 'longest wait for the uploads', '30')
    .option('--idle <seconds>', 'stop waiting when the system has sent nothing for this long', '60')
    .option('--handoff <file>', 'also write the URL, token and key as JSON here, for a system started by script')
    .option('-o, --output <dir>', 'write report.json, report.html and report.junit.xml into this folder')
    .option('--sign-key <file>', 'the project office\'s SM2 key (fsjc conformance keygen): issue a signed certificate into --output')
    .action(async (opts) => {
      const port = whole(opts.port, '--port', 0);
      const timeout = whole(opts.timeout, '--timeout', 1);
      const wait = whole(opts.wait, '--wait', 1);
      const idle = whole(opts.idle, '--idle', 1);
      const officeKey = signKeyOption(opts.signKey, opts.output);
      const only = [...(opts.test ?? []), ...(opts.group ?? [])];
      // Ctrl-C stops the waiting, not the run: what has arrived is judged and reported, and the kit's database is removed
      const stop = new AbortController();
      const onInterrupt = () => {
        say('已中断等待，按已收到的数据判断 — interrupted: judging what has arrived');
        stop.abort();
      };
      process.once('SIGINT', onInterrupt);
      let report;
      try {
        report = await runClientConformance({
          signal: stop.signal,
          suite: opts.suite, port, host: opts.host, only: only.length ? only : undefined,
          system: { systemId: opts.system, unitId: opts.unit, regionCode: opts.region },
          testTimeoutMs: timeout * 1000, waitMs: wait * 60_000, idleMs: idle * 1000,
          onReady: (h, scenarios) => {
            if (opts.handoff) fs.writeFileSync(opts.handoff, JSON.stringify(h, null, 2) + '\n', { mode: 0o600 });
            instructions(h, scenarios);
          },
          onProgress: (done, total) => say(`已收齐 ${done.length}/${total} 个场景 — ${done.length}/${total} scenarios complete${done.length ? `: ${done.join(' ')}` : ''}`),
          onResult: (r) => progressLines(r).forEach((l) => process.stdout.write(`${l}\n`)),
        });
      } catch (e) {
        process.removeListener('SIGINT', onInterrupt);
        const err = e as NodeJS.ErrnoException;
        return fail(err.code === 'EADDRINUSE' ? `port ${port} is in use: choose another with --port` : err.message);
      }
      process.removeListener('SIGINT', onInterrupt);
      for (const line of summaryLines(report)) process.stdout.write(`${line}\n`);
      if (opts.output) {
        const files = writeReports(report, opts.output);
        if (officeKey) {
          const certificate = writeCertificate(report, opts.output, officeKey);
          if (certificate) files.push(certificate);
          else say('未达到任何等级，不签发证书 — no level reached: no certificate');
        }
        say(`报告 reports: ${files.join(' ')}`);
      }
      process.exitCode = runExitCode(report);
    });
}
