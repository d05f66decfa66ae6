import assert from 'node:assert/strict';
import {
  checkResidentId, cityOf, classifyRegion, codeList, idNumberDigest, isRegionCodeFormat, isValidResidentId, isValidUscc, maskIdNumber, maskName,
  protectApplicantId, provinceOf, regionIndex, residentIdCheckDigit, usccCheckCharacter,
} from '@fsjc/sdk';
import { example } from './example.js';

// the sample number printed in GB 11643 and the sample code printed in GB 32100
const ID = '11010519491231002X';
const USCC = '91350100M000100Y43';

example('residentIdCheckDigit', () => assert.equal(residentIdCheckDigit(ID.slice(0, 17)), 'X'));
example('checkResidentId', () => {
  assert.deepEqual(checkResidentId(ID), { ok: true });
  assert.deepEqual(checkResidentId('110105194912310021'), { ok: false, reason: 'checkDigit' });
});
example('isValidResidentId', () => assert.equal(isValidResidentId(ID.toLowerCase()), true));
example('usccCheckCharacter', () => assert.equal(usccCheckCharacter(USCC.slice(0, 17)), '3'));
example('isValidUscc', () => {
  assert.equal(isValidUscc(USCC), true);
  assert.equal(isValidUscc('91350100M000100Y44'), false);
});
example('maskIdNumber', () => assert.equal(maskIdNumber(ID), '110105********002X'));
example('idNumberDigest', () => {
  // HMAC-SM3 under the key the city issues: 64 hex digits, the same for the same number and key
  const digest = idNumberDigest(ID, 'fsjc-demo-key-foshan');
  assert.match(digest, /^[0-9a-f]{64}$/);
  assert.equal(idNumberDigest(ID.toLowerCase(), 'fsjc-demo-key-foshan'), digest);
});
example('protectApplicantId', () => {
  const sent = protectApplicantId(ID, 'fsjc-demo-key-foshan');
  assert.equal(sent.idNumberMasked, '110105********002X');
  assert.throws(() => protectApplicantId('110105194912310021', 'fsjc-demo-key-foshan'), /residentIdCheckDigit|checkDigit/);
});
example('maskName', () => assert.equal(maskName('张三丰'), '张**'));
example('isRegionCodeFormat', () => {
  assert.equal(isRegionCodeFormat('440605'), true);
  assert.equal(isRegionCodeFormat('44060'), false);
});
example('provinceOf', () => assert.equal(provinceOf('440605'), '440000'));
example('cityOf', () => assert.equal(cityOf('440605'), '440600'));
example('regionIndex', () => {
  const index = regionIndex(codeList('region')!.codes.map((c) => c.code));
  assert.ok(index.codes.has('440605'));
});
example('classifyRegion', () => {
  const rows = codeList('region')!.codes.map((c) => c.code);
  assert.equal(classifyRegion('440605', rows), 'listed'); // 南海区
  assert.equal(classifyRegion('990000', rows), 'unknownProvince');
});
