/**
 * External command-line tools some tests use as independent checks (e.g. xmllint). A missing
 * tool skips those tests with a note on a developer's machine, and fails them in CI
 * (`CI` set), where a skipped independent check would go unnoticed.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface ToolCheck {
  /** Full path of the command, when found on PATH. */
  path: string | undefined;
  available: boolean;
  /** Skip the tests that need it (missing, and not in CI). Use with `it.skipIf(tool.skip)`. */
  skip: boolean;
  /** Says what is missing and how to install it. */
  message: string;
  /** Call first thing in a test: throws the message when the tool is missing. */
  assert(): void;
}

function findOnPath(cmd: string): string | undefined {
  const exts = process.platform === 'win32' ? (process.env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : [''];
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    for (const ext of exts) {
      const file = path.join(dir, cmd + ext);
      try {
        fs.accessSync(file, fs.constants.X_OK);
        if (fs.statSync(file).isFile()) return file;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

const noted = new Set<string>();

/**
 * Looks for `cmd` on PATH. When it is missing outside CI the returned check says to skip, and
 * a note naming the tool and its Debian package is printed once.
 */
export function requireTool(cmd: string, debianPackage: string): ToolCheck {
  const found = findOnPath(cmd);
  const message = found
    ? `${cmd} found at ${found}`
    : `${cmd} is not installed: install the Debian/Ubuntu package ${debianPackage} (apt-get install ${debianPackage}) to run the tests that use it`;
  const inCi = Boolean(process.env.CI);
  const skip = !found && !inCi;
  if (skip && !noted.has(cmd)) {
    noted.add(cmd);
    console.warn(`[skipped] ${message}`);
  }
  return {
    path: found,
    available: Boolean(found),
    skip,
    message,
    assert() {
      if (!found) throw new Error(message);
    },
  };
}
