import type { Command } from 'commander';

// placeholder until `fsjc conformance client` lands
export function clientCommand(_conformance: Command): void {}
