// The hostile fixtures (tests/fixtures/hostile, made by scripts/make-hostile-fixtures.ts): each layout's reader gets
// the markup back as text, keeps right-to-left text and emoji, reads the whole 10,000-character about and all 150
// positions; every vendor's payload for that person is valid against the vendor's documented request schema.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProfile } from '@/lib/linkedin/read-profile';
import type { Profile } from '@/lib/profile/profile';
import { VENDORS } from '@/lib/vendors';
import { importRequestSchema } from '@/lib/vendors/collective/schema';
import { addToProjectRequestSchema, advancedSearchRequestSchema, ADVANCED_NAME_MAX } from '@/lib/vendors/leonar/schema';
import { revealBody, revealContacts } from '@/lib/vendors/leonar/client';
import type { VendorHttp } from '@/lib/http';
import { createPersonRequestSchema } from '@/lib/vendors/stardex/schema';
import type { z } from 'zod';
import type { SaveRequest, VendorId, VendorSettings } from '@/lib/vendors/vendor';
import { HOSTILE_ABOUT_LENGTH, HOSTILE_DIR, HOSTILE_POSITIONS, hostilePages, type HostileFacts } from '@/scripts/make-hostile-fixtures';

interface IndexEntry {
  file: string;
  layout: string;
  url: string;
  facts: HostileFacts;
}

const index = JSON.parse(readFileSync(resolve(HOSTILE_DIR, 'index.json'), 'utf8')) as IndexEntry[];

async function read(entry: IndexEntry): Promise<Profile> {
  const html = readFileSync(resolve(HOSTILE_DIR, entry.file), 'utf8');
  const outcome = await readProfile({ url: entry.url, document: new DOMParser().parseFromString(html, 'text/html') });
  if (!outcome.ok) throw new Error(`${entry.file}: ${outcome.error.code} ${outcome.error.message}`);
  return outcome.profile;
}

/** The documented request body of each vendor's save. */
const SAVE_BODY_SCHEMAS: Record<VendorId, z.ZodType> = {
  leonar: addToProjectRequestSchema,
  stardex: createPersonRequestSchema,
  collective: importRequestSchema,
};

const SETTINGS: Record<VendorId, VendorSettings> = {
  leonar: {},
  stardex: {},
  collective: { environment: 'sandbox', email: 'me@agency.example' },
};

/** Target ids in each vendor's documented form (Leonar: a project UUID; Collective has no target). */
const TARGETS: Record<VendorId, string | null> = { leonar: '3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e', stardex: 'job_123', collective: null };

function saveRequest(vendor: VendorId): SaveRequest {
  return {
    vendor,
    targetId: TARGETS[vendor],
    stageId: null,
    note: 'Seen on <b>LinkedIn</b> 🚀 مرحبا',
    contacts: { emails: [], phones: [] },
    atsUrls: [],
    options: {},
  };
}

describe('the hostile fixtures', () => {
  it('are what the generator writes today (run scripts/make-hostile-fixtures.ts after changing it)', () => {
    const pages = hostilePages();
    expect(index.map((e) => e.file)).toEqual(pages.map((p) => p.file));
    for (const page of pages) {
      expect(readFileSync(resolve(HOSTILE_DIR, page.file), 'utf8'), page.file).toBe(page.html);
      expect(index.find((e) => e.file === page.file)?.facts).toEqual(page.facts);
    }
  });

  it('escape their markup as LinkedIn does: the pages themselves contain no element made from a name', () => {
    for (const entry of index) {
      const doc = new DOMParser().parseFromString(readFileSync(resolve(HOSTILE_DIR, entry.file), 'utf8'), 'text/html');
      expect(doc.querySelectorAll('img, script, b, i, code').length, entry.file).toBe(0);
      expect(doc.body.textContent).toContain('<img src=x onerror=');
    }
  });
});

describe.each(index.map((e) => [e.layout, e] as const))('%s hostile page', (_layout, entry) => {
  const facts = entry.facts;

  it('is read by its layout reader, with markup kept as text, RTL and emoji intact', async () => {
    const profile = await read(entry);
    expect(profile.sources).toEqual([entry.layout]);
    expect(profile.publicIdentifier).toBe(facts.vanity);
    expect(profile.fullName).toContain('<img src=x onerror="window.__hostile=\'name\'">');
    expect(profile.fullName).toContain("<script>window.__hostile='name-script'</script>");
    expect(profile.firstName).toBe('Zoë');
    expect(profile.headline).toBe(facts.headline);
    expect(profile.headline).toContain('\u202E');
    expect(profile.location).toBe(facts.location);
    expect(profile.skills).toEqual(facts.skills);
    expect(profile.educations.map((e) => e.school)).toEqual(facts.schools);
  });

  it('reads the whole 10,000-character about and all 150 positions, in order', async () => {
    const profile = await read(entry);
    expect(profile.about).toBe(facts.about);
    expect(profile.about).toHaveLength(HOSTILE_ABOUT_LENGTH);
    expect(profile.experiences).toHaveLength(HOSTILE_POSITIONS);
    expect(profile.experiences.map((e) => e.title)).toEqual(facts.positions.map((p) => p.title));
    expect(profile.experiences.map((e) => e.company)).toEqual(facts.positions.map((p) => p.company));
    expect(profile.experiences.map((e) => e.description)).toEqual(facts.positions.map((p) => p.description));
    expect(profile.experiences.filter((e) => e.isCurrent)).toHaveLength(1);
    expect(profile.completeness.experiences).toMatchObject({ read: HOSTILE_POSITIONS, total: HOSTILE_POSITIONS, loaded: true });
    expect(profile.warnings.filter((w) => w.section === undefined || w.section === "experiences")).toEqual([]);
  });

  it.each(VENDORS.map((v) => [v.id, v] as const))('maps to a %s body valid against its documented schema', async (id, vendor) => {
    const profile = await read(entry);
    const body = vendor.buildPayload(profile, saveRequest(id), vendor.defaultOptions(SETTINGS[id]), SETTINGS[id]);
    const parsed = SAVE_BODY_SCHEMAS[id].safeParse(body);
    expect(parsed.success, parsed.success ? '' : parsed.error.message).toBe(true);
    // Nothing is cut: none of the save endpoints documents a length limit on these strings (Collective's only limit
    // is 10 MB for the whole body, which buildPayload refuses with a sentence; Leonar's is 1–100 profiles).
    const json = JSON.stringify(body);
    expect(json).toContain(JSON.stringify(profile.lastName).slice(1, -1));
    if (id === 'leonar') {
      const sent = addToProjectRequestSchema.parse(body).profiles[0]!;
      expect(sent.experiences).toHaveLength(HOSTILE_POSITIONS);
      expect(sent.summary).toBe(facts.about);
    }
  });

  it('gives Leonar’s contact search (the one documented string limit: name ≤ 200) a valid body', async () => {
    const profile = await read(entry);
    const body = revealBody(profile, ['work_email']);
    expect(advancedSearchRequestSchema.safeParse(body).success).toBe(true);
    expect(body.name?.length).toBeLessThanOrEqual(ADVANCED_NAME_MAX);
    const longName = { ...profile, fullName: `${profile.fullName} ${'Ω'.repeat(300)}` };
    expect(advancedSearchRequestSchema.safeParse(revealBody(longName, ['work_email'])).success).toBe(true);
  });

  it('says so when the name had to be cut for Leonar’s search, and only then', async () => {
    const profile = await read(entry);
    const sent: unknown[] = [];
    const http: VendorHttp = {
      request: async <T>(req: { body?: unknown; schema: z.ZodType<T> }) => {
        sent.push(req.body);
        return req.schema.parse({ data: { profiles: [], total_count: 0, has_more: false, credits_consumed: 0, sourcing_credits_remaining: 10 } });
      },
    };
    const short = await revealContacts(http, profile, ['work_email']);
    expect(short.message).not.toContain('shortened');
    const long = await revealContacts(http, { ...profile, fullName: `${profile.fullName} ${'Ω'.repeat(300)}` }, ['work_email']);
    expect(long.message).toContain(`The name was shortened to ${ADVANCED_NAME_MAX} characters for Leonar’s search.`);
    expect(advancedSearchRequestSchema.parse(sent[1]).name).toHaveLength(ADVANCED_NAME_MAX);
  });
});
