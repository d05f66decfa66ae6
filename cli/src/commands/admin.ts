import type { Command } from 'commander';
import { fail } from '../exit.js';

/** Opens the store named by --db / --database-url / $DATABASE_URL, runs the work, closes it. */
async function withStore<T>(opts: { db?: string; databaseUrl?: string }, work: (store: import('@fsjc/core').Store) => Promise<T>): Promise<T> {
  const { openStore } = await import('@fsjc/core');
  const store = await openStore({ databaseUrl: opts.databaseUrl ?? process.env.DATABASE_URL, file: opts.db ?? 'fsjc-core.db' });
  try {
    await store.migrate();
    return await work(store);
  } finally {
    await store.close();
  }
}

const now = () => new Date().toISOString();
const print = (v: unknown) => process.stdout.write(JSON.stringify(v, null, 2) + '\n');

export function adminCommand(program: Command): void {
  const admin = program.command('admin').description('管理监察核心 / administer the monitoring core: tokens, webhooks, outbox, log');
  const common = (c: Command) => c.option('--db <file>', 'SQLite database file', 'fsjc-core.db').option('--database-url <url>', 'PostgreSQL connection string (default: $DATABASE_URL)');

  const token = admin.command('token').description('访问令牌 / access tokens (FSJC-API-040)');
  common(token.command('issue').description('issue a token: the secret is printed once, only its digest is kept'))
    .requiredOption('--role <role>', 'admin, city-centre, district-centre, city-department, department or system')
    .option('--unit <id>', 'the unit the holder belongs to')
    .option('--region <code>', 'the district a district centre or district platform covers')
    .option('--system <id>', 'the senderSystemId a system submits as')
    .option('--label <text>', 'a note on whom it is for')
    .action(async (opts) => {
      const { issueToken } = await import('@fsjc/core');
      await withStore(opts, async (store) => {
        try {
          const { id, token: secret, row } = await issueToken(store, { role: opts.role, unitId: opts.unit, regionCode: opts.region, systemId: opts.system, label: opts.label }, now());
          print({ id, token: secret, role: row.role, unitId: row.unitId, regionCode: row.regionCode, systemId: row.systemId, label: row.label });
        } catch (e) {
          fail((e as Error).message);
        }
      });
    });
  common(token.command('list').description('list tokens (never their secrets)')).action(async (opts) => {
    await withStore(opts, async (store) => print((await store.tokens()).map(({ hash: _h, ...t }) => t)));
  });
  common(token.command('revoke <id>').description('revoke a token at once')).action(async (id: string, opts) => {
    await withStore(opts, async (store) => {
      if (!(await store.revokeToken(id, now()))) fail(`no token ${id}`);
      process.stderr.write(`fsjc: token ${id} revoked\n`);
    });
  });

  const webhook = admin.command('webhook').description('网络钩子 / webhook subscriptions (FSJC-API-052)');
  common(webhook.command('add <url>').description('subscribe an address (an SMS gateway, a mail relay, a district platform)'))
    .option('--events <types>', 'comma-separated: signal.opened, signal.escalated, signal.updated, signal.closed, notification (default all)')
    .option('--units <ids>', 'comma-separated unit IDs (default all)')
    .action(async (url: string, opts) => {
      if (!/^https?:\/\//.test(url)) fail('the address must be http(s)');
      const { randomBytes } = await import('node:crypto');
      await withStore(opts, async (store) => {
        const sub = {
          id: `sub_${randomBytes(6).toString('hex')}`, url, secret: randomBytes(24).toString('base64url'),
          eventTypes: opts.events ? String(opts.events).split(',') : [], unitIds: opts.units ? String(opts.units).split(',') : [], createdAt: now(),
        };
        await store.saveSubscription(sub);
        print(sub);
      });
    });
  common(webhook.command('list')).action(async (opts) => {
    await withStore(opts, async (store) => print((await store.subscriptions()).map(({ secret: _s, ...s }) => s)));
  });

  const outbox = admin.command('outbox').description('待投递消息 / the notification outbox');
  common(outbox.command('list')).option('--status <s>', 'pending, delivered or dead').action(async (opts) => {
    await withStore(opts, async (store) => print(await store.outbox({ status: opts.status, limit: 1000 })));
  });
  common(outbox.command('redeliver').description('put dead messages back for delivery'))
    .option('--id <n>', 'one message')
    .option('--subscription <id>', 'every dead message of a subscription')
    .action(async (opts) => {
      if (!opts.id && !opts.subscription) fail('name --id or --subscription');
      await withStore(opts, async (store) => {
        const n = await store.redeliver({ id: opts.id ? Number(opts.id) : undefined, subscriptionId: opts.subscription }, now());
        process.stderr.write(`fsjc: ${n} message(s) put back for delivery; a running core sends them at its next look at the outbox\n`);
      });
    });

  const log = admin.command('log').description('批次日志 / the batch log');
  common(log.command('verify').description('recompute the hash chain of the whole log (FSJC-API-030)')).action(async (opts) => {
    await withStore(opts, async (store) => {
      const r = await store.verifyChain();
      print(r);
      if (!r.ok) process.exitCode = 1;
    });
  });
  common(log.command('rebuild').description('rebuild the state tables from the log alone (the core must be stopped)')).action(async (opts) => {
    const { rebuildProjection } = await import('@fsjc/core');
    await withStore(opts, async (store) => print(await rebuildProjection(store)));
  });
}

