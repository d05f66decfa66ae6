import type { Command } from 'commander';
import { reviewCommand } from './conformance/review.js';
import { clientCommand } from './conformance/client.js';
import { serverCommand } from './conformance/server.js';
import { coverageCommand } from './conformance/coverage.js';
import { verifyCommand } from './conformance/verify.js';

/** `fsjc conformance …`: the conformance kit (clause 11). */
export function conformanceCommand(program: Command): void {
  const conformance = program.command('conformance').description('一致性测试 / conformance testing of sending systems and receiving centres');
  reviewCommand(conformance);
  clientCommand(conformance);
  serverCommand(conformance);
  coverageCommand(conformance);
  verifyCommand(conformance);
}
