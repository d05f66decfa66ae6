import type { Command } from 'commander';

// placeholder until `fsjc conformance coverage` lands
export function coverageCommand(_conformance: Command): void {}
