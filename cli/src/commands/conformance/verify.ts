import type { Command } from 'commander';

// placeholder until `fsjc conformance verify` lands
export function verifyCommand(_conformance: Command): void {}
