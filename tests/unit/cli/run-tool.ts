/** Runs a command-line tool as `npm run` does, from the repository root, and captures what it prints. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface ToolRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runTool(tool: string, args: readonly string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}): ToolRun {
  const r = spawnSync(process.execPath, ['scripts/lib/run-ts.mjs', `scripts/${tool}.ts`, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input: options.input ?? '',
    env: { ...process.env, ...options.env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
