import type { Command } from 'commander';

// placeholder until `fsjc conformance review` lands
export function reviewCommand(_conformance: Command): void {}
