import { describe, expect, it, vi } from 'vitest';
import { batch, CASE } from '../../../../tests/support/batch.js';

// As a receiver of version 2.1 would see it: N = 2 and N−1 = 1 accepted (FSJC-VER-003).
vi.mock('../../generated/standard.js', () => ({ STANDARD_VERSION: '2.1.0', SUPPORTED_MAJORS: [1, 2], XML_NAMESPACES: {} }));
const { validateBatch } = await import('../validate.js');
const codes = async (v: string) => (await validateBatch(batch([CASE], { standardVersion: v }))).groups.map((g) => g.code).filter((c) => c.startsWith('envelope.') && c !== 'envelope.checksumMissing');

describe('standard versions (FSJC-VER-003, FSJC-VER-004)', () => {
  it('accepts the previous major version with a warning', async () => {
    expect(await codes('1.0.0')).toEqual(['envelope.previousMajor']);
  });
  it('accepts the current major silently, and a newer minor with an advisory', async () => {
    expect(await codes('2.0.5')).toEqual([]);
    expect(await codes('2.4.0')).toEqual(['envelope.newerMinor']);
  });
  it('refuses a major version it does not support', async () => {
    expect(await codes('3.0.0')).toEqual(['envelope.unsupportedVersion']);
    const r = await validateBatch(batch([CASE], { standardVersion: '0.9.0' }));
    expect(r.valid).toBe(false);
  });
});
