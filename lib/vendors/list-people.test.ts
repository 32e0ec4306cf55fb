// People of a list page known only by a Sales Navigator lead address (no public /in/ URL): every vendor's payload
// preview still builds, and each vendor says whether it can save them (Leonar by lead id; Stardex and Collective not).
import { describe, expect, it } from 'vitest';
import { t } from '@/lib/i18n';
import type { Profile } from '@/lib/profile/profile';
import { recruiterProfileUrl, salesLeadUrl } from '@/lib/profile/url';
import { listPersonToProfile } from '@/lib/linkedin/list/to-profile';
import { talentIdFor } from './collective/talent-id';
import { sampleProfile } from './leonar/sample-profile';
import { NO_PUBLIC_URL } from './stardex/mapping';
import type { SaveRequest } from './vendor';
import { VENDORS, findVendor, type AnyVendor } from './index';

const LEAD = 'ACwAABrjaVMBOLcCrV5aEw1zCAjE_zec6PbnU1A';
const lead: Profile = { ...sampleProfile(), profileUrl: salesLeadUrl(LEAD), publicIdentifier: LEAD, memberId: null };
const publicPerson = sampleProfile();

function requestFor(vendor: AnyVendor): SaveRequest {
  return { vendor: vendor.id, targetId: vendor.sampleTargetId, stageId: null, note: null, contacts: { emails: [], phones: [] }, atsUrls: [], options: {} };
}

function preview(vendor: AnyVendor, profile: Profile): unknown {
  return vendor.buildPayload(profile, requestFor(vendor), vendor.defaultOptions(vendor.sampleSettings), vendor.sampleSettings);
}

describe('a person known only from Sales Navigator', () => {
  it.each(VENDORS.map((v) => [v.id, v] as const))('%s: the payload preview builds (the popup shows it) without throwing', (_id, vendor) => {
    const body = preview(vendor, lead);
    expect(body).toBeTruthy();
    // Each vendor may save anyone with a public URL.
    expect(vendor.cannotSave?.(publicPerson) ?? null).toBeNull();
  });

  it('Leonar can save them (by lead id); Stardex and Collective cannot, and say why in a sentence', () => {
    expect(findVendor('leonar')?.cannotSave?.(lead) ?? null).toBeNull();
    expect(findVendor('stardex')?.cannotSave?.(lead)).toBe(t('batch.needsPublicUrl', { vendor: 'Stardex' }));
    expect(findVendor('collective')?.cannotSave?.(lead)).toBe(t('batch.needsPublicUrl', { vendor: 'Collective' }));
    expect(t('batch.needsPublicUrl', { vendor: 'Stardex' })).toMatch(/public LinkedIn URL/);
    // Leonar gets the lead id as profile_id, never the lead URL.
    expect(JSON.stringify(preview(findVendor('leonar')!, lead))).not.toContain('/sales/lead/');
  });

  it('Stardex’s preview marks the missing URL clearly instead of throwing', () => {
    const stardex = findVendor('stardex')!;
    expect(preview(stardex, lead)).toMatchObject({ linkedin_url: NO_PUBLIC_URL });
    expect(stardex.saveBodySchema.safeParse(preview(stardex, publicPerson)).success).toBe(true);
  });
});

describe('a person listed outside the viewer’s network (/in/ACoA… link, no public URL)', () => {
  const MEMBER = 'ACoAADm7Lr2bXcV9yTe4KpZs1oNf8uHgJ0dEkQw';
  const listed = listPersonToProfile({ fullName: 'Kofi Mensah', memberId: MEMBER, publicUrlMissing: true }, 'list');

  it('is saved to Leonar by member id, and refused by the tools keyed on the public URL (never a second record)', () => {
    expect(listed).not.toBeNull();
    if (!listed) return;
    // Saved later from their own page, the same person is /in/kofi-mensah/: keyed on the member-id address, Collective
    // and Stardex would hold them twice.
    expect(talentIdFor(listed)).not.toBe(talentIdFor({ publicIdentifier: 'kofi-mensah' }));
    expect(findVendor('collective')?.cannotSave?.(listed)).toBe(t('batch.needsPublicUrl', { vendor: 'Collective' }));
    expect(findVendor('stardex')?.cannotSave?.(listed)).toBe(t('batch.needsPublicUrl', { vendor: 'Stardex' }));
    expect(findVendor('leonar')?.cannotSave?.(listed) ?? null).toBeNull();
    const leonarBody = JSON.stringify(preview(findVendor('leonar')!, listed));
    expect(leonarBody).toContain(MEMBER);
    expect(leonarBody).not.toContain(`/in/${MEMBER}`);
  });
});

describe('a person known only from a Recruiter profile that does not link the public URL', () => {
  const RECRUITER_ID = 'AEMAAB3kQ9xZt7LmWc2VnR8pYs4DfGh6JqK1oPu';
  const recruited: Profile = { ...sampleProfile(), profileUrl: recruiterProfileUrl(RECRUITER_ID), publicIdentifier: RECRUITER_ID, memberId: null };

  it.each(VENDORS.map((v) => [v.id, v] as const))('%s: the payload preview builds (the popup shows it) without throwing', (_id, vendor) => {
    expect(preview(vendor, recruited)).toBeTruthy();
  });

  it('Stardex and Collective refuse them with the same sentence as for a Sales Navigator lead; Leonar takes them by the Recruiter id', () => {
    expect(findVendor('stardex')?.cannotSave?.(recruited)).toBe(t('batch.needsPublicUrl', { vendor: 'Stardex' }));
    expect(findVendor('collective')?.cannotSave?.(recruited)).toBe(t('batch.needsPublicUrl', { vendor: 'Collective' }));
    expect(findVendor('leonar')?.cannotSave?.(recruited) ?? null).toBeNull();
    const leonar = JSON.stringify(preview(findVendor('leonar')!, recruited));
    expect(leonar).toContain(`"profile_id":"${RECRUITER_ID}"`);
    expect(leonar).not.toContain('/talent/profile/');
  });
});
