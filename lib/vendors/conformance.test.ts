// Every registered vendor, over every profile the readers produce from the fixtures and over the sandbox's people:
// its payload is valid per its documented schema and is about the right person; its settings, hosts and error
// sentences hold up in both languages. A new vendor gets all of this by being registered.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureText, FIXTURES_DIR, loadFixtureIndex } from '@/lib/linkedin/fixtures-index';
import { readProfile } from '@/lib/linkedin/read-profile';
import { appError } from '@/lib/errors';
import { describeError } from '@/lib/error-text';
import { profileSchema, type Profile } from '@/lib/profile/profile';
import { switchLocale } from '@/tests/unit/setup-i18n';
import { SANDBOX_PEOPLE } from '@/tests/fakes/sandbox-people';
import { buildDashProfileResponse } from '@/tests/fakes/voyager-data';
import type { SaveRequest } from './vendor';
import { VENDORS, type AnyVendor } from './index';

const entries = loadFixtureIndex().filter((e) => e.expected && !e.notProfile);
const fixtureProfiles: { name: string; profile: Profile }[] = entries.map((e) => ({
  name: e.file,
  profile: profileSchema.parse(JSON.parse(readFileSync(join(FIXTURES_DIR, e.expected!), 'utf8'))),
}));

async function sandboxProfiles(): Promise<{ name: string; profile: Profile }[]> {
  const out: { name: string; profile: Profile }[] = [];
  for (const person of SANDBOX_PEOPLE) {
    const body = buildDashProfileResponse(person);
    const doc = new DOMParser().parseFromString('<html><body></body></html>', 'text/html');
    const read = await readProfile({
      url: `https://www.linkedin.com/in/${person.vanity}/`,
      document: doc,
      voyager: { get: async (path) => (path.startsWith('/identity/dash/profiles?') ? { status: 200, body } : { status: 404, body: null }) },
    });
    if (read.ok) out.push({ name: person.vanity, profile: read.profile });
  }
  return out;
}

function requestFor(vendor: AnyVendor): SaveRequest {
  return {
    vendor: vendor.id,
    targetId: vendor.sampleTargetId,
    stageId: null,
    note: 'Met at the meetup; strong backend.',
    contacts: { emails: ['person@example.org'], phones: [] },
    atsUrls: [],
    options: {},
  };
}

const publicOf = (vendor: AnyVendor) =>
  Object.fromEntries(vendor.settingFields.filter((f) => !f.secret).flatMap((f) => (vendor.sampleSettings[f.name] !== undefined ? [[f.name, vendor.sampleSettings[f.name]!]] : [])));

afterEach(() => switchLocale('en'));

describe.each(VENDORS.map((v) => [v.id, v] as const))('vendor %s', (_id, vendor) => {
  it('has settings of its own form that pass its check, https hosts, and a sample target when it has targets', () => {
    expect(vendor.validateSettings(vendor.sampleSettings)).toBeNull();
    for (const name of Object.keys(vendor.sampleSettings)) expect(vendor.settingFields.map((f) => f.name)).toContain(name);
    expect(vendor.hosts.length).toBeGreaterThan(0);
    for (const host of vendor.hosts) expect(host).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
    expect(vendor.sampleTargetId === null).toBe(vendor.target === null);
  });

  it.each(fixtureProfiles.map((f) => [f.name, f.profile] as const))('maps %s to a documented body about that person', (_name, profile) => {
    const body = vendor.buildPayload(profile, requestFor(vendor), vendor.defaultOptions(publicOf(vendor)), publicOf(vendor));
    const parsed = vendor.saveBodySchema.safeParse(body);
    expect(parsed.success, parsed.success ? '' : parsed.error.message).toBe(true);
    const json = JSON.stringify(body);
    // The right person: their address (raw or %-encoded) is in what is sent, and nobody else's.
    expect(json.includes(profile.publicIdentifier) || json.includes(encodeURIComponent(profile.publicIdentifier))).toBe(true);
    for (const other of fixtureProfiles.filter((f) => f.profile.publicIdentifier !== profile.publicIdentifier)) {
      expect(json).not.toContain(`/in/${other.profile.publicIdentifier}`);
    }
  });

  it('maps the sandbox’s invented people too', async () => {
    for (const { profile } of await sandboxProfiles()) {
      const body = vendor.buildPayload(profile, requestFor(vendor), vendor.defaultOptions(publicOf(vendor)), publicOf(vendor));
      expect(vendor.saveBodySchema.safeParse(body).success).toBe(true);
      expect(JSON.stringify(body)).toContain(profile.publicIdentifier);
    }
  });

  it('words each of its own error codes, in English and in French, under its own name', () => {
    const codes = Object.keys(vendor.errorTexts);
    for (const code of codes) {
      const error = appError('vendor-rejected', 'x', { vendor: vendor.id, vendorCode: code, status: 400, vendorMessage: 'their words' });
      for (const lang of ['en', 'fr'] as const) {
        switchLocale(lang);
        const text = describeError(error);
        expect(text.title.trim(), `${code} (${lang})`).not.toBe('');
        expect(text.action.trim(), `${code} (${lang})`).not.toBe('');
        expect(`${text.title} ${text.action}`).not.toMatch(/undefined|\{\w+\}/);
      }
    }
    // A status error without a code of its own still names the vendor.
    expect(describeError(appError('vendor-server', 'x', { vendor: vendor.id, status: 503 })).title).toContain(vendor.label);
  });
});

it('reads the fixtures it maps (the readers and the expected files agree)', () => {
  expect(fixtureProfiles.length).toBeGreaterThan(5);
  expect(fixtureText(entries[0]!.file).length).toBeGreaterThan(0);
});
