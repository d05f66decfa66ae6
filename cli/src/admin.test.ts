import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fsjc, tempDir } from '../../tests/support/cli.js';

/** `fsjc admin` on an embedded database: tokens (FSJC-API-040), webhooks and the outbox (FSJC-API-052), the log (FSJC-API-030). */
describe('fsjc admin', () => {
  it('issues, lists and revokes tokens, keeping only their digests', () => {
    const dir = tempDir();
    const db = path.join(dir, 'core.db');
    const issued = fsjc(['admin', 'token', 'issue', '--db', db, '--role', 'system', '--system', 'NH-XZSP', '--unit', 'U440605-XZFW', '--region', '440605']);
    expect(issued.code, issued.stderr).toBe(0);
    const { id, token, role } = JSON.parse(issued.stdout);
    expect(role).toBe('system');
    expect(token).toMatch(new RegExp(`^fsjc_${id}_`));
    const list = fsjc(['admin', 'token', 'list', '--db', db]);
    expect(JSON.parse(list.stdout)).toEqual([expect.objectContaining({ id, role: 'system', systemId: 'NH-XZSP' })]);
    expect(list.stdout).not.toContain(token);
    expect(fs.readFileSync(db).includes(Buffer.from(token))).toBe(false);
    expect(fsjc(['admin', 'token', 'revoke', id, '--db', db]).code).toBe(0);
    expect(JSON.parse(fsjc(['admin', 'token', 'list', '--db', db]).stdout)[0].revokedAt).toBeTruthy();
    expect(fsjc(['admin', 'token', 'revoke', 'tk_none', '--db', db]).code).toBe(2);
    // a grant that cannot be scoped is refused with a message
    const bad = fsjc(['admin', 'token', 'issue', '--db', db, '--role', 'district-centre']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/regionCode/);
  });

  it('subscribes webhooks, lists the outbox, verifies and rebuilds the log', () => {
    const dir = tempDir();
    const db = path.join(dir, 'core.db');
    const sub = fsjc(['admin', 'webhook', 'add', 'https://sms.example/fsjc', '--events', 'notification', '--db', db]);
    expect(sub.code, sub.stderr).toBe(0);
    expect(JSON.parse(sub.stdout)).toMatchObject({ url: 'https://sms.example/fsjc', eventTypes: ['notification'] });
    expect(JSON.parse(fsjc(['admin', 'webhook', 'list', '--db', db]).stdout)[0]).not.toHaveProperty('secret');
    expect(fsjc(['admin', 'webhook', 'add', 'ftp://x', '--db', db]).code).toBe(2);
    expect(JSON.parse(fsjc(['admin', 'outbox', 'list', '--status', 'dead', '--db', db]).stdout)).toEqual([]);
    expect(fsjc(['admin', 'outbox', 'redeliver', '--db', db]).code).toBe(2);
    expect(JSON.parse(fsjc(['admin', 'log', 'verify', '--db', db]).stdout)).toMatchObject({ ok: true });
    expect(JSON.parse(fsjc(['admin', 'log', 'rebuild', '--db', db]).stdout)).toEqual({ entries: 0, records: 0 });
  });
});
