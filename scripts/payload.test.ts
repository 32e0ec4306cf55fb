// The payload CLI, run as support would run it (a child process), on a committed fixture.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addToProjectRequestSchema } from '@/lib/vendors/leonar/schema';
import { createPersonRequestSchema } from '@/lib/vendors/stardex/schema';
import { importRequestSchema } from '@/lib/vendors/collective/schema';

const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const PAGE = join('tests', 'fixtures', 'sdui-2026-profile.html');
const PROJECT = '3c90c3cc-0d44-4b50-8888-8dd25736052a';

function run(...args: string[]) {
  const r = spawnSync(TSX, ['scripts/payload.ts', ...args], { cwd: process.cwd(), encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run payload', () => {
  it('prints the documented body of each vendor for a saved page', () => {
    const leonar = run('leonar', PAGE, '--target', PROJECT);
    expect(leonar.code, leonar.stderr).toBe(0);
    const body = addToProjectRequestSchema.parse(JSON.parse(leonar.stdout));
    expect(body.project_id).toBe(PROJECT);
    expect(body.profiles[0]?.linkedin_url).toBe('https://www.linkedin.com/in/eviubavikigaz');

    const stardex = run('stardex', PAGE, '--note', 'Met at a meetup');
    expect(stardex.code, stardex.stderr).toBe(0);
    const person = createPersonRequestSchema.parse(JSON.parse(stardex.stdout));
    expect(person).toMatchObject({ name: 'Dubi Lotom', notes: 'Met at a meetup' });
    expect(person.job_id).toBeUndefined();

    const collective = run('collective', PAGE);
    expect(collective.code, collective.stderr).toBe(0);
    expect(importRequestSchema.parse(JSON.parse(collective.stdout)).internalUserId).toBe('li:eviubavikigaz');
  }, 60_000);

  it('refuses an unknown vendor and a page that is not a profile, with exit code 2', () => {
    expect(run('workday', PAGE).code).toBe(2);
    const search = run('leonar', join('tests', 'fixtures', 'search-2025.html'), '--url', 'https://www.linkedin.com/search/results/people/');
    expect(search.code).toBe(2);
    expect(search.stderr).toMatch(/not-profile/);
  }, 60_000);
});
