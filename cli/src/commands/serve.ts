import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import type { Command } from 'commander';
import { fail } from '../exit.js';
import { collect, whole } from '../options.js';


/** Test-only fault switches (FSJC-CONF-030): each turns one safeguard of the core off. */
const FAULTS = { 'idempotency-off': 'idempotencyOff', 'scope-off': 'scopeOff' } as const;
type FaultName = keyof typeof FAULTS;


export function serveCommand(program: Command): void {
  program
    .command('serve')
    .description('启动监察核心 / start the monitoring core (embedded SQLite by default, PostgreSQL with DATABASE_URL)')
    .option('--db <file>', 'SQLite database file', 'fsjc-core.db')
    .option('--database-url <url>', 'PostgreSQL connection string (default: $DATABASE_URL)')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <n>', 'port to listen on', '8080')
    .option('--key-file <file>', 'the centre\'s SM2 signing key (created on first start)', 'fsjc-centre-key.json')
    .option('--centre-id <id>', 'the centre\'s registered identifier', 'FSJC-CENTRE')
    .option('--profile <name>', 'profile of the city (default: foshan)')
    .option('--demo', 'seed Foshan\'s registry and feed a simulated city live, on a fresh database')
    .option('--speed <n>', 'demo: simulated seconds per real second', '1200')
    .option('--days <n>', 'demo: days of the simulated city', '30')
    .option('--cases-per-day <n>', 'demo: cases received each working day', '200')
    .option('--clock <instant>', 'start the centre\'s clock at this instant instead of now (replays, rehearsals, benchmarks)')
    .option('--quiet', 'no request log')
    .option('--fault <name>', `TEST ONLY: turn a safeguard off to see the conformance kit fail the core (${Object.keys(FAULTS).join(', ')}; repeatable)`, collect, [])
    .action(async (opts) => {
      const port = whole(opts.port, '--port', 0);
      const faultNames = opts.fault as string[];
      const unknown = faultNames.filter((f) => !Object.hasOwn(FAULTS, f));
      if (unknown.length) fail(`--fault ${unknown.join(', ')}: one of ${Object.keys(FAULTS).join(', ')}`);
      const faults = Object.fromEntries(faultNames.map((f) => [FAULTS[f as FaultName], true]));
      const { Centre, buildServer, fastClock } = await import('@fsjc/core');
      let file = opts.db as string;
      let keyFile = opts.keyFile as string;
      let clock;
      let demo: { speed: number; days: number; casesPerDay: number; start: string } | undefined;
      let demoDir: string | undefined;
      const databaseUrl = opts.demo ? undefined : (opts.databaseUrl ?? process.env.DATABASE_URL);
      if (opts.clock) {
        const start = Date.parse(opts.clock);
        if (Number.isNaN(start)) fail(`--clock needs an ISO 8601 instant, not "${opts.clock}"`);
        clock = fastClock(start, 1);
      }
      if (opts.demo) {
        demo = { speed: whole(opts.speed, '--speed'), days: whole(opts.days, '--days'), casesPerDay: whole(opts.casesPerDay, '--cases-per-day'), start: '2026-10-08' };
        // a demonstration starts afresh each time, in a folder of its own
        const dir = (demoDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fsjc-demo-')));
        file = path.join(dir, 'fsjc-demo.db');
        keyFile = path.join(dir, 'centre-key.json');
        clock = fastClock(Date.parse(`${demo.start}T08:00:00+08:00`), demo.speed);
      }
      const centre = await Centre.open({
        databaseUrl, file, keyFile, centreId: opts.centreId, profile: opts.profile, clock,
        ...(faultNames.length ? { faults } : {}),
        onError: (e) => process.stderr.write(`fsjc serve: ${(e as Error).stack ?? e}\n`),
      });
      const app = await buildServer(centre, { logger: opts.quiet ? false : { level: 'info' } });
      const shutdown = async (signal: string) => {
        app.log.info(`${signal}: closing`);
        await app.close();
        await centre.close();
        // a demonstration leaves nothing behind
        if (demoDir) fs.rmSync(demoDir, { recursive: true, force: true });
        process.exit(0);
      };
      process.once('SIGINT', () => void shutdown('SIGINT'));
      process.once('SIGTERM', () => void shutdown('SIGTERM'));
      let address: string;
      try {
        address = await app.listen({ host: opts.host, port });
      } catch (e) {
        await centre.close();
        return fail(`cannot listen on ${opts.host}:${port}: ${(e as Error).message}${(e as NodeJS.ErrnoException).code === 'EADDRINUSE' ? ' (another program uses the port: choose one with --port)' : ''}`);
      }
      if (faultNames.length) {
        // loud and first: a core with a safeguard off must never be taken for a real one
        const line = '!'.repeat(78);
        process.stderr.write(`${line}\nfsjc serve: 故障开关已打开，本监察核心不符合标准，仅供测试 / FAULT SWITCHES ON: ${faultNames.join(', ')}\n`
          + `fsjc serve: this core deliberately breaks the standard, for testing the conformance kit only; never use it in service\n${line}\n`);
      }
      process.stderr.write(`fsjc serve: monitoring core at ${address} (${centre.store.backend}${databaseUrl ? '' : `, ${file}`})\n`);
      if (demo) {
        const { runDemo } = await import('../demo.js');
        await runDemo(centre, address, { ...demo, profile: opts.profile });
      }
    });
}
