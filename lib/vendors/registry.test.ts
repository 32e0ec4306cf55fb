// The registry is the one place that knows which vendors exist: a fourth vendor, registered in a test registry, shows
// up in every table derived from it, and a registry that cannot work is refused when it is built.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMessagesText } from '@wxt-dev/i18n/build';
import { z } from 'zod';
import { appError } from '@/lib/errors';
import { LINKEDIN_HOST_PERMISSION, manifestProblems } from '@/lib/manifest-policy';
import { REPO_ROOT, sourceFiles } from '@/tests/unit/source-files';
import type { Vendor } from './vendor';
import { checkRegistry, deriveRegistry, runOrder, VENDORS } from './index';

/** A throwaway vendor: its folder would hold exactly this object. */
const acme: Vendor<unknown, 'acme'> = {
  id: 'acme',
  label: 'Acme ATS',
  hosts: ['https://api.acme.example/*'],
  // Its records link to the first registered vendor's record of the same person.
  recordLinksFrom: [VENDORS[0]!.id],
  keyPage: 'https://docs.acme.example/keys',
  keyHelp: 'Acme → Settings → API',
  settingFields: [{ name: 'apiKey', label: 'API key', kind: 'password', secret: true, required: true }],
  validateSettings: (s) => (s.apiKey ? null : 'a key is needed'),
  sampleSettings: { apiKey: 'acme_key' },
  target: null,
  sampleTargetId: null,
  errorTexts: { quota_exceeded: () => ({ title: 'Acme quota exceeded.', action: 'Wait for tomorrow.' }) },
  saveBodySchema: z.object({ linkedin: z.string() }),
  optionsSchema: z.unknown(),
  defaultOptions: () => ({}),
  buildPayload: (profile) => ({ linkedin: profile.profileUrl }),
  createHttp: () => ({ request: () => Promise.reject(new Error('no network in this test')) }),
  check: async () => undefined,
  save: () => Promise.reject(new Error('not called in this test')),
};

describe('a fourth vendor in a test registry', () => {
  const registry = deriveRegistry<string>([...VENDORS, acme]);

  it('is in every derived table: ids and their schema, labels, hosts, the save limit, error words, run order', () => {
    expect(registry.ids).toContain('acme');
    expect(registry.idSchema.safeParse('acme').success).toBe(true);
    expect(registry.idSchema.safeParse('nobody').success).toBe(false);
    expect(registry.labels['acme']).toBe('Acme ATS');
    expect(registry.hostPermissions).toContain('https://api.acme.example/*');
    expect(registry.maxRequestsPerSave).toBe(VENDORS.length + 1);
    expect(registry.errorText(appError('vendor-rejected', 'x', { vendor: 'acme', vendorCode: 'quota_exceeded' }))?.title).toBe('Acme quota exceeded.');
    expect(registry.runOrder(['acme', VENDORS[0]!.id])).toEqual([VENDORS[0]!.id, 'acme']);
    expect(registry.find('acme')).toBe(acme);
  });

  it('is what the manifest policy expects among the hosts', () => {
    const manifest = {
      permissions: ['storage', 'scripting'],
      host_permissions: [LINKEDIN_HOST_PERMISSION, ...registry.hostPermissions],
      content_security_policy: { extension_pages: "script-src 'self'; object-src 'none'" },
      minimum_chrome_version: '111',
    };
    expect(manifestProblems(manifest, [LINKEDIN_HOST_PERMISSION, ...registry.hostPermissions])).toEqual([]);
    // The real registry's policy refuses the extra host: a vendor cannot talk to a host it did not register.
    expect(manifestProblems(manifest)).toHaveLength(1);
  });
});

describe('checkRegistry', () => {
  it('refuses a vendor registered twice, a link to nobody, and links that wait for each other', () => {
    expect(() => checkRegistry([...VENDORS, VENDORS[0]!])).toThrow(/registered twice/);
    expect(() => checkRegistry([...VENDORS, { ...acme, recordLinksFrom: ['nobody'] }])).toThrow(/no other registered vendor/);
    const a = { ...acme, id: 'a', recordLinksFrom: ['b'] };
    const b = { ...acme, id: 'b', recordLinksFrom: ['c'] };
    const c = { ...acme, id: 'c', recordLinksFrom: ['a'] };
    expect(() => checkRegistry([a, b, c])).toThrow(/a → b → c → a/);
    expect(() => checkRegistry([{ ...acme, hosts: ['http://api.acme.example/*'] }])).toThrow(/https/);
  });

  it('orders a save by links only: a vendor that links to all others goes last, the others keep their order', () => {
    const ids = VENDORS.map((v) => v.id);
    const linking = VENDORS.find((v) => v.recordLinksFrom === 'others');
    const order = runOrder([...ids].reverse());
    if (linking) expect(order.at(-1)).toBe(linking.id);
    expect(order.filter((id) => id !== linking?.id)).toEqual([...ids].reverse().filter((id) => id !== linking?.id));
  });
});

describe('a vendor lives in its folder', () => {
  // Every non-test source file of the extension, and the build config.
  const files = [...sourceFiles(), 'wxt.config.ts'];

  it('is named, outside lib/vendors/<id>/, only by the registry', () => {
    expect(files.length).toBeGreaterThan(50);
    for (const vendor of VENDORS) {
      const naming = files.filter((f) => !f.startsWith(join('lib', 'vendors', vendor.id) + '/') && readFileSync(join(REPO_ROOT, f), 'utf8').toLowerCase().includes(vendor.id));
      expect(naming, vendor.id).toEqual([join('lib', 'vendors', 'index.ts')]);
    }
  });

  it('is named in the words only in its own sections of each locale (top-level keys that start with its id), and not in package.json', () => {
    const packageText = readFileSync(join(REPO_ROOT, 'package.json'), 'utf8').toLowerCase();
    for (const locale of ['en', 'fr']) {
      const words = parseMessagesText(readFileSync(join(REPO_ROOT, 'locales', `${locale}.yml`), 'utf8'), 'YAML');
      expect(words.length).toBeGreaterThan(200);
      for (const vendor of VENDORS) {
        const outside = words
          .filter((w) => !(w.key[0] ?? '').startsWith(vendor.id) && JSON.stringify(w).toLowerCase().includes(vendor.id))
          .map((w) => w.key.join('.'));
        expect(outside, `${locale}: ${vendor.id}`).toEqual([]);
        expect(packageText.includes(vendor.id), `package.json: ${vendor.id}`).toBe(false);
      }
    }
  });
});
