import { describe, expect, it, vi } from 'vitest';
import { batch, CASE, event } from '../../../../tests/support/batch.js';

// Deprecation is data (FSJC-VER-005): mark a field and a code deprecated in copies of the
// generated schema and code list, and the rules must follow without any code change.
vi.mock('../../generated/schemas.js', async (importOriginal) => {
  const { SCHEMAS } = await importOriginal<typeof import('../../generated/schemas.js')>();
  const copy = structuredClone(SCHEMAS);
  Object.assign(copy['event.schema.json'].properties.handlerName, { deprecated: true, deprecation: { since: '1.1.0', replacedBy: 'handlerId', removeIn: '2.0.0' } });
  return { SCHEMAS: copy };
});
vi.mock('../../generated/codelists.js', async (importOriginal) => {
  const { CODELISTS } = await importOriginal<typeof import('../../generated/codelists.js')>();
  const copy = structuredClone(CODELISTS);
  copy.channel.codes.find((c) => c.code === 'MAIL')!.deprecated = '1.1.0';
  copy.caseType.codes.find((c) => c.code === 'REPLY')!.deprecated = '1.2.0';
  return { CODELISTS: copy };
});

const { validateBatch } = await import('../validate.js');

describe('deprecation as data (FSJC-VER-005)', () => {
  it('warns on a deprecated field, naming its replacement', async () => {
    const r = await validateBatch(batch([CASE, event('E1', 'ACCEPTED', '2026-10-09T10:00:00+08:00', { handlerName: '李*' })]));
    const g = r.groups.find((x) => x.code === 'field.deprecated')!;
    expect(g.examples[0]).toMatchObject({ severity: 'warning', pointer: '/records/1/handlerName', params: { since: '1.1.0', replacedBy: 'handlerId' } });
    expect(r.valid).toBe(true);
  });

  it('warns on a deprecated code and not on its current neighbours', async () => {
    const r = await validateBatch(batch([{ ...CASE, channel: 'MAIL' }, { ...CASE, id: 'C2', channel: 'WINDOW' }]));
    const g = r.groups.find((x) => x.code === 'codelist.deprecatedCode')!;
    expect(g.count).toBe(1);
    expect(g.examples[0]).toMatchObject({ pointer: '/records/0/channel', params: { value: 'MAIL', codelist: 'channel', since: '1.1.0' } });
  });

  it('warns on a deprecated code of a closed list too', async () => {
    const r = await validateBatch(batch([{ ...CASE, caseType: 'REPLY' }]));
    expect(r.groups.find((x) => x.code === 'codelist.deprecatedCode')?.examples[0]).toMatchObject({ pointer: '/records/0/caseType', params: { codelist: 'caseType', since: '1.2.0' } });
  });
});
