import type { Command } from 'commander';

// placeholder until `fsjc conformance server` lands
export function serverCommand(_conformance: Command): void {}
