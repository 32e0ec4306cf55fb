// The popup on a list page as the user meets it: who is ticked (everyone but people already saved to the chosen
// project), what "Save N people to M tools" sends, and a tool that cannot take a Sales Navigator-only person.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ListPage } from '@/lib/linkedin/list/types';
import type { Job } from '@/lib/outbox/job';
import type { SaveManyInput, VendorStatus } from '@/lib/protocol';
import type { VendorId } from '@/lib/vendors/vendor';
import { saveDefaults } from '@/lib/storage';
import { renderWithQueries } from '@/tests/unit/render';
import { sampleJob } from '@/tests/unit/sample-job';
import { ListPanel } from './list-panel';

const background = vi.hoisted(() => ({ handlers: new Map<string, (input: unknown) => unknown>() }));

vi.mock('@/lib/messaging', () => ({
  sendMessage: vi.fn(async (name: string, input: unknown) => {
    const handler = background.handlers.get(name);
    if (!handler) throw new Error(`No answer for ${name} in this test`);
    return handler(input);
  }),
}));

const { sendMessage } = await import('@/lib/messaging');
const sent = (name: string) => vi.mocked(sendMessage).mock.calls.filter(([n]) => n === name).map(([, input]) => input);

const PROJECT = { id: 'p-backend', name: 'Backend Engineers', detail: null };
const JOB = { id: 'j-1', name: 'Backend Engineer', detail: null };
const LEAD_ID = 'ACwAA0xz8QyjAUW1n0ufR07Cz4Y4f5xtillSGrC';

const page: ListPage = {
  kind: 'people-search',
  layout: 'search-2026',
  people: [
    { fullName: 'Ines Albuquerque', headline: 'Backend Engineer', profileUrl: 'https://www.linkedin.com/in/ines-albuquerque-7/' },
    { fullName: 'Sofia Lindqvist', headline: 'Engineering Manager', profileUrl: 'https://www.linkedin.com/in/sofia-lindqvist-22/' },
    { fullName: 'Oskar Nyberg', memberId: LEAD_ID, publicUrlMissing: true },
  ],
};

function status(vendor: VendorId, configured = true): VendorStatus {
  return { vendor, configured, keyHint: configured ? '1a2b' : null, publicSettings: {}, lastCheck: null };
}

let history: Job[] = [];

beforeEach(() => {
  fakeBrowser.reset();
  vi.mocked(sendMessage).mockClear();
  background.handlers.clear();
  history = [];
  background.handlers.set('getVendorStatus', () => [status('leonar'), status('stardex'), status('collective', false)]);
  background.handlers.set('listTargets', (input) => ({ ok: true, value: (input as { vendor: string }).vendor === 'leonar' ? [PROJECT] : [JOB] }));
  background.handlers.set('getTarget', (input) => {
    const leonar = (input as { vendor: string }).vendor === 'leonar';
    return { ok: true, value: { id: leonar ? PROJECT.id : JOB.id, name: 'x', stages: [], landingStage: { id: 's1', name: 'Sourced' } } };
  });
  background.handlers.set('listJobs', () => history);
  background.handlers.set('saveMany', (input) => ({ groupId: 'g1', jobs: [], echo: input }));
});

async function setUp() {
  const view = renderWithQueries(<ListPanel page={page} />);
  const user = userEvent.setup();
  await screen.findByTestId('list-count');
  await user.click(screen.getByRole('checkbox', { name: 'Save to Leonar' }));
  await user.click(screen.getByRole('checkbox', { name: 'Save to Stardex' }));
  await screen.findByRole('option', { name: PROJECT.name });
  await user.selectOptions(screen.getByRole('combobox', { name: 'Project for Leonar' }), PROJECT.name);
  await screen.findByRole('option', { name: JOB.name });
  await user.selectOptions(screen.getByRole('combobox', { name: 'Job for Stardex' }), JOB.name);
  return { ...view, user };
}

describe('the list popup', () => {
  it('says how many people the page shows and ticks them all; the Sales Navigator-only one goes to Leonar alone', async () => {
    // Stardex paced: the chosen job's details have not come back when Save is pressed.
    const details = background.handlers.get('getTarget')!;
    background.handlers.set('getTarget', (input) => ((input as { vendor: string }).vendor === 'stardex' ? new Promise(() => undefined) : details(input)));
    const { user } = await setUp();
    expect(screen.getByTestId('list-count').textContent).toBe('3 people on this page');
    for (const i of [0, 1, 2]) expect((screen.getByTestId(`list-tick-${i}`) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByTestId('list-refused-2').textContent).toContain('Stardex');
    await user.click(screen.getByRole('button', { name: 'Save 3 people to 2 tools' }));
    await waitFor(() => expect(sent('saveMany')).toHaveLength(1));
    const { items } = sent('saveMany')[0] as SaveManyInput;
    expect(items.map((i) => [i.profile.fullName, i.requests.map((r) => r.vendor)])).toEqual([
      ['Ines Albuquerque', ['leonar', 'stardex']],
      ['Sofia Lindqvist', ['leonar', 'stardex']],
      ['Oskar Nyberg', ['leonar']],
    ]);
    expect(items[0]?.requests[0]).toMatchObject({ targetId: PROJECT.id, note: null });
    // The history names each target, not its id.
    expect(items[0]?.labels?.stardex?.target).toBe(JOB.name);
    expect(items[2]?.profile.profileUrl).toBe(`https://www.linkedin.com/sales/lead/${LEAD_ID}/`);
  });

  it('leaves unticked a person the history has in both chosen targets, and the user can tick them again', async () => {
    const person = (name: string, url: string) => ({ fullName: name, profileUrl: url, missing: [], short: [] });
    const url = 'https://www.linkedin.com/in/sofia-lindqvist-22/';
    const done = (vendor: VendorId, target: string): Job =>
      sampleJob({
        id: `${vendor}-done`,
        vendor,
        person: person('Sofia Lindqvist', url),
        target: { id: target, name: null, stageId: null, stageName: null },
        state: { kind: 'done', at: 1, confirmedBy: 'response', result: { vendor, status: 'skipped', recordId: null, recordUrl: null, message: 'Already there' } },
      });
    history = [done('leonar', PROJECT.id), done('stardex', JOB.id)];
    const { user } = await setUp();
    await waitFor(() => expect((screen.getByTestId('list-tick-1') as HTMLInputElement).checked).toBe(false));
    expect(screen.getByTestId('list-already-1')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save 2 people to 2 tools' })).toBeTruthy();
    await user.click(screen.getByTestId('list-tick-1'));
    expect(screen.getByRole('button', { name: 'Save 3 people to 2 tools' })).toBeTruthy();
  });

  it('counts a save the extension retries by itself as "will retry", never "failed", and says when it tries again', async () => {
    const person = { fullName: 'Ines Albuquerque', profileUrl: 'https://www.linkedin.com/in/ines-albuquerque-7/', missing: [], short: [] };
    const target = { id: PROJECT.id, name: PROJECT.name, stageId: null, stageName: null };
    const outage = { code: 'vendor-server' as const, message: 'POST /add-to-project → 500', status: 500, retryable: true, vendor: 'leonar' as const };
    const group: Job[] = [
      sampleJob({ id: 'r', vendor: 'leonar', groupId: 'g1', person, target, state: { kind: 'retrying', nextAttemptAt: Date.now() + 30_000, error: outage } }),
      sampleJob({ id: 'f', vendor: 'stardex', groupId: 'g1', person, target: { ...target, id: JOB.id }, state: { kind: 'failed', at: 1, permanent: true, error: { code: 'vendor-auth', message: '401', retryable: false, vendor: 'stardex' } } }),
    ];
    background.handlers.set('listJobs', (input) => ((input as { groupId?: string }).groupId === 'g1' ? group : history));
    const { user } = await setUp();
    await user.click(screen.getByRole('button', { name: 'Save 3 people to 2 tools' }));
    await waitFor(() => expect(screen.getByTestId('list-progress-text').textContent).toBe('0 saved · 0 already there · 1 failed · 1 will retry · 0 waiting'));
    const chip = screen.getByTestId('list-result-0-leonar');
    expect(chip.textContent).toContain('\u2068Leonar\u2069: will retry');
    expect(chip.getAttribute('title')).toContain('Trying again by itself at');
    expect(chip.getAttribute('title')).not.toMatch(/try again in a few minutes|before saving again/i);
    // The failed one says why on screen.
    expect(screen.getByTestId('list-failed-0-stardex').textContent).toContain('Stardex');
    expect(screen.queryByTestId('list-failed-0-leonar')).toBeNull();
  });

  it('opened again while a list save of this page runs: its progress shows, and its people are not offered again', async () => {
    const person = { fullName: 'Ines Albuquerque', profileUrl: 'https://www.linkedin.com/in/ines-albuquerque-7/', missing: [], short: [] };
    const queued = (vendor: VendorId, target: string): Job =>
      sampleJob({ id: `${vendor}-q`, vendor, groupId: 'g0', person, target: { id: target, name: null, stageId: null, stageName: null }, state: { kind: 'pending', nextAttemptAt: 0 } });
    history = [queued('leonar', PROJECT.id), queued('stardex', JOB.id)];
    background.handlers.set('listJobs', () => history);
    await saveDefaults.setValue({ vendors: ['leonar', 'stardex'], targets: { leonar: { targetId: PROJECT.id, stageId: null }, stardex: { targetId: JOB.id, stageId: null } } });
    renderWithQueries(<ListPanel page={page} />);
    await screen.findByTestId('list-count');
    await waitFor(() => expect(screen.getByTestId('list-progress-text').textContent).toBe('0 saved · 0 already there · 0 failed · 0 will retry · 2 waiting'));
    expect((screen.getByTestId('list-tick-0') as HTMLInputElement).checked).toBe(false);
    expect(screen.getByTestId('list-result-0-stardex').textContent).toContain('waiting');
  });

  it('a person whose profile save still waits (retrying) is not offered again, and is said to be on the way', async () => {
    const person = { fullName: 'Sofia Lindqvist', profileUrl: 'https://www.linkedin.com/in/sofia-lindqvist-22/', missing: [], short: [] };
    const outage = { code: 'vendor-server' as const, message: '503', retryable: true };
    const waiting = (vendor: VendorId, target: string): Job =>
      sampleJob({ id: `${vendor}-w`, vendor, person, target: { id: target, name: null, stageId: null, stageName: null }, state: { kind: 'retrying', nextAttemptAt: Date.now() + 60_000, error: { ...outage, vendor } } });
    history = [waiting('leonar', PROJECT.id), waiting('stardex', JOB.id)];
    await setUp();
    await waitFor(() => expect((screen.getByTestId('list-tick-1') as HTMLInputElement).checked).toBe(false));
    expect(screen.getByTestId('list-already-1').textContent).toBe('Being saved to the chosen tools');
  });

  it('waits for a project before saving to Leonar', async () => {
    renderWithQueries(<ListPanel page={page} />);
    const user = userEvent.setup();
    await screen.findByTestId('list-count');
    await user.click(screen.getByRole('checkbox', { name: 'Save to Leonar' }));
    expect((screen.getByTestId('save-button') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Choose where to save in Leonar first.')).toBeTruthy();
  });
});

describe('the list popup beside an old list save retrying by itself', () => {
  it('opened again: the others on the page can still be saved (nothing waits for a job backing off for hours)', async () => {
    const person = { fullName: 'Ines Albuquerque', profileUrl: 'https://www.linkedin.com/in/ines-albuquerque-7/', missing: [], short: [] };
    const outage = { code: 'vendor-server' as const, message: '503', retryable: true, vendor: 'leonar' as const };
    history = [
      sampleJob({ id: 'old', vendor: 'leonar', groupId: 'g0', person, target: { id: PROJECT.id, name: null, stageId: null, stageName: null }, state: { kind: 'retrying', nextAttemptAt: Date.now() + 3_600_000, error: outage } }),
    ];
    background.handlers.set('listJobs', () => history);
    await saveDefaults.setValue({ vendors: ['leonar'], targets: { leonar: { targetId: PROJECT.id, stageId: null } } });
    renderWithQueries(<ListPanel page={page} />);
    await screen.findByTestId('list-count');
    // Ines is on her way (retrying): not offered; Sofia, never saved, can be ticked and saved.
    await waitFor(() => expect((screen.getByTestId('list-tick-0') as HTMLInputElement).checked).toBe(false));
    expect((screen.getByTestId('list-tick-1') as HTMLInputElement).disabled).toBe(false);
    expect((screen.getByTestId('save-button') as HTMLButtonElement).disabled).toBe(false);
  });
});
