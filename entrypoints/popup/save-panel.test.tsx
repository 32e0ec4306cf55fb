// The popup's save form as the user meets it: ticks, a project, contacts, a note, "More for …" and the Save bar,
// with the background answered by a mocked sendMessage.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Job } from '@/lib/outbox/job';
import { openPanels } from '@/lib/popup/open-panels';
import type { SaveInput, VendorStatus } from '@/lib/protocol';
import { testProfile } from '@/lib/vendors/collective/test-profile';
import type { VendorId } from '@/lib/vendors/vendor';
import { renderWithQueries } from '@/tests/unit/render';
import { sampleJob } from '@/tests/unit/sample-job';
import { SavePanel } from './save-panel';

/** What the background answers, per message; a test replaces the handlers it needs. */
type Handler = (input: unknown) => unknown;
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

const profile = testProfile({ fullName: 'Maya Ellingsworth', firstName: 'Maya', lastName: 'Ellingsworth', profileUrl: 'https://www.linkedin.com/in/maya-ellingsworth/' });
const PROJECT = { id: 'p-backend', name: 'Backend Engineers', detail: null };

function status(vendor: VendorId, configured = true): VendorStatus {
  return { vendor, configured, keyHint: configured ? '1a2b' : null, publicSettings: {}, lastCheck: null };
}

function answer(name: string, handler: Handler) {
  background.handlers.set(name, handler);
}

/** The jobs the outbox holds for this person (what listJobs answers). */
let storedJobs: Job[] = [];

function doneJob(vendor: VendorId, at: number, id = `job-${vendor}-${at}`): Job {
  return sampleJob({
    id,
    vendor,
    createdAt: at,
    updatedAt: at,
    person: { fullName: profile.fullName, profileUrl: profile.profileUrl, missing: [], short: [] },
    target: { id: PROJECT.id, name: PROJECT.name, stageId: null, stageName: null },
    state: { kind: 'done', at, confirmedBy: 'response', result: { vendor, status: 'added', recordId: 'c1', recordUrl: null, message: `Added to ${PROJECT.name}` } },
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.mocked(sendMessage).mockClear();
  background.handlers.clear();
  storedJobs = [];
  answer('getVendorStatus', () => [status('leonar'), status('stardex', false), status('collective', false)]);
  answer('listTargets', () => ({ ok: true, value: [PROJECT] }));
  answer('getTarget', () => ({ ok: true, value: { id: PROJECT.id, name: PROJECT.name, stages: [], landingStage: { id: 's1', name: 'Sourced' } } }));
  answer('lookupProfile', () => ({ ok: true, value: { state: 'new', detail: 'Not in Leonar yet.' } }));
  answer('listJobs', () => storedJobs);
});

function renderPanel() {
  const view = renderWithQueries(<SavePanel profile={profile} />);
  return { ...view, user: userEvent.setup() };
}

/** The Save button, whatever its text says ("Save Maya", "Save Maya to 2 tools", "Saving…"). */
const saveButton = () => screen.getByTestId('save-button');
const projectSelect = () => screen.getByRole('combobox', { name: 'Project for Leonar' });

async function chooseProject(user: ReturnType<typeof userEvent.setup>) {
  await screen.findByRole('option', { name: PROJECT.name });
  await user.selectOptions(projectSelect(), PROJECT.name);
}

describe('SavePanel', () => {
  it('keeps both contacts and the focus when typing in Emails, then in Phones', async () => {
    const { user } = renderPanel();
    await user.click(await screen.findByText('Emails and phones'));
    const emails = await screen.findByRole<HTMLInputElement>('textbox', { name: /^Emails/ });
    await user.type(emails, 'maya@example.org');
    const phones = screen.getByRole<HTMLInputElement>('textbox', { name: /^Phones/ });
    await user.click(phones);
    await user.type(phones, '+33 6 12 34 56 78');
    expect(phones).toHaveProperty('value', '+33 6 12 34 56 78');
    expect(document.activeElement).toBe(phones);
    expect(screen.getByRole('textbox', { name: /^Phones/ })).toBe(phones);
    // The same Emails field, never re-created, still holding what was typed.
    expect(emails.isConnected).toBe(true);
    expect(screen.getByRole('textbox', { name: /^Emails/ })).toBe(emails);
    expect(emails.value).toBe('maya@example.org');
    expect(screen.queryByText(/Not an email/)).toBeNull();
  });

  it('keeps Save disabled until Leonar has a project, and says why', async () => {
    const { user } = renderPanel();
    // Leonar is the only tool set up: it is ticked from the start, without a project.
    expect(await screen.findByRole('checkbox', { name: 'Save to Leonar' })).toHaveProperty('checked', true);
    expect(saveButton()).toHaveProperty('disabled', true);
    expect(screen.getByText('Choose a project for Leonar first.')).toBeTruthy();
    await chooseProject(user);
    expect(saveButton()).toHaveProperty('disabled', false);
    expect(screen.queryByText('Choose a project for Leonar first.')).toBeNull();
    expect(saveButton().textContent).toMatch(/^Save \u2068Maya\u2069$/);
  });

  it('sends one saveProfile naming the ticked tool, its project and the note, then shows the result in place', async () => {
    // Two tools set up, none remembered: nothing is ticked until the user says so.
    answer('getVendorStatus', () => [status('leonar'), status('stardex'), status('collective', false)]);
    answer('saveProfile', () => {
      const job = doneJob('leonar', Date.now());
      storedJobs = [job];
      return [job];
    });
    const { user } = renderPanel();
    const leonar = await screen.findByRole('checkbox', { name: 'Save to Leonar' });
    expect(leonar).toHaveProperty('checked', false);
    expect(screen.getByRole('checkbox', { name: 'Save to Stardex' })).toHaveProperty('checked', false);
    expect(saveButton()).toHaveProperty('disabled', true);
    // A disabled Save says why.
    expect(screen.getByText('Tick the tools to save to.')).toBeTruthy();

    await user.click(leonar);
    expect(screen.queryByText('Tick the tools to save to.')).toBeNull();
    await chooseProject(user);
    await user.type(screen.getByRole('textbox', { name: 'Note (sent with the person)' }), 'Met at the meetup');
    await user.click(saveButton());

    const row = screen.getByRole('region', { name: 'Leonar' });
    expect(await within(row).findByText(`✓ Added to ${PROJECT.name}`)).toBeTruthy();
    const saves = sent('saveProfile') as SaveInput[];
    expect(saves).toHaveLength(1);
    const [save] = saves;
    expect(save?.profile.profileUrl).toBe(profile.profileUrl);
    expect(save?.requests).toHaveLength(1);
    expect(save?.requests[0]).toMatchObject({ vendor: 'leonar', targetId: PROJECT.id, stageId: null, note: 'Met at the meetup' });
    expect(save?.labels?.leonar).toEqual({ target: PROJECT.name, stage: null });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a finished save under its own project only: another project chosen, its ✓ is not shown there', async () => {
    const OTHER = { id: 'p-design', name: 'Product Designers', detail: null };
    answer('listTargets', () => ({ ok: true, value: [PROJECT, OTHER] }));
    storedJobs = [doneJob('leonar', Date.now() - 60_000)];
    const { user } = renderPanel();
    const row = await screen.findByRole('region', { name: 'Leonar' });
    await chooseProject(user);
    expect(await within(row).findByText(`✓ Added to ${PROJECT.name}`)).toBeTruthy();
    await user.selectOptions(projectSelect(), OTHER.name);
    await waitFor(() => expect(within(row).queryByText(`✓ Added to ${PROJECT.name}`)).toBeNull());
    await user.selectOptions(projectSelect(), PROJECT.name);
    expect(await within(row).findByText(`✓ Added to ${PROJECT.name}`)).toBeTruthy();
  });

  it('opens "More for Leonar" on click with Leonar’s own fields, and opens it again in the next popup', async () => {
    const first = renderPanel();
    const more = await screen.findByTestId('more-leonar');
    expect(more).toHaveProperty('open', false);
    expect(screen.queryByText('Find email / phone with Leonar (uses credits)')).toBeNull();
    await first.user.click(within(more).getByText('More for Leonar'));
    expect(await screen.findByText('Find email / phone with Leonar (uses credits)')).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Work email' })).toBeTruthy();
    expect(screen.getByTestId('more-leonar')).toHaveProperty('open', true);
    await waitFor(async () => expect(await openPanels.getValue()).toMatchObject({ 'more-leonar': true }));

    // The popup closes and opens again: a new page, a new query client, the same storage.
    first.unmount();
    renderPanel();
    expect(await screen.findByText('Find email / phone with Leonar (uses credits)')).toBeTruthy();
    expect(screen.getByTestId('more-leonar')).toHaveProperty('open', true);
    // The other disclosure was not opened, and stays closed.
    expect(screen.getByTestId('more-contacts')).toHaveProperty('open', false);
  });

  describe('when the save’s answer is lost (the worker restarted mid-save)', () => {
    /** saveProfile reaches the worker, which stores a job (or not), then the answer never comes back. */
    function loseTheAnswer(storesJob: boolean) {
      answer('saveProfile', async () => {
        if (storesJob) storedJobs = [doneJob('leonar', Date.now())];
        await new Promise((resolve) => setTimeout(resolve, 30));
        throw new Error('Could not establish connection. Receiving end does not exist.');
      });
    }

    it('follows the stored job: its result shows, with no error for Leonar', async () => {
      loseTheAnswer(true);
      const { user } = renderPanel();
      await chooseProject(user);
      await user.click(saveButton());
      const row = screen.getByRole('region', { name: 'Leonar' });
      expect(await within(row).findByText(`✓ Added to ${PROJECT.name}`, {}, { timeout: 5_000 })).toBeTruthy();
      await waitFor(() => expect(saveButton()).toHaveProperty('disabled', false));
      expect(screen.queryByRole('alert')).toBeNull();
      expect(sent('saveProfile')).toHaveLength(1);
    });

    it('says something went wrong for Leonar when no job was stored after the click', async () => {
      loseTheAnswer(false);
      const { user } = renderPanel();
      await chooseProject(user);
      await user.click(saveButton());
      const row = screen.getByRole('region', { name: 'Leonar' });
      const alert = await within(row).findByRole('alert', {}, { timeout: 5_000 });
      expect(alert.textContent).toContain('Something went wrong in the extension.');
      expect(alert.textContent).toContain('Receiving end does not exist');
    });

    it('says so even when an older save of this person at Leonar exists: yesterday’s ✓ is not this save’s', async () => {
      storedJobs = [doneJob('leonar', Date.now() - 86_400_000)];
      loseTheAnswer(false);
      const { user } = renderPanel();
      const row = await screen.findByRole('region', { name: 'Leonar' });
      await chooseProject(user);
      // A reopened popup shows the last news of this person in the chosen project first.
      expect(await within(row).findByText(`✓ Added to ${PROJECT.name}`, {}, { timeout: 5_000 })).toBeTruthy();
      await user.click(saveButton());
      const alert = await within(row).findByRole('alert', {}, { timeout: 5_000 });
      expect(alert.textContent).toContain('Something went wrong in the extension.');
      expect(within(row).queryByText(`✓ Added to ${PROJECT.name}`)).toBeNull();
    });
  });
});
