// `npm run read-list` as a user runs it (a child process), for the CLI's tests (scripts/read-list*.test.ts).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');

export function runReadList(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(TSX, ['scripts/read-list.ts', ...args], { cwd: process.cwd(), encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** One person as the CLI prints them. */
export interface Printed {
  fullName: string;
  headline: string | null;
  location: string | null;
  profileUrl: string | null;
  memberId: string | null;
}

export function printed(stdout: string): Printed[] {
  return JSON.parse(stdout) as Printed[];
}
