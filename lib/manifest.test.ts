// Manifest review on the source of truth (wxt.config's manifest). tests/e2e/security.spec.ts applies the same
// policy to the built manifest, which also carries what WXT adds (content scripts, resources).
import { describe, expect, it } from 'vitest';
import config from '@/wxt.config';
import { ALLOWED_PERMISSIONS, EXPECTED_HOST_PERMISSIONS, manifestProblems, type ManifestUnderReview } from './manifest-policy';

async function configuredManifest(): Promise<ManifestUnderReview> {
  const declared: unknown = config.manifest;
  // The config computes its manifest (the vendors' hosts come from their folders' meta.ts).
  const manifest: unknown = typeof declared === 'function' ? await declared({ browser: 'chrome', manifestVersion: 3, mode: 'production', command: 'build' }) : await declared;
  if (typeof manifest !== 'object' || manifest === null) throw new Error('wxt.config.ts: manifest is expected to give a plain object');
  return manifest as ManifestUnderReview;
}

const GOOD: ManifestUnderReview = {
  permissions: ['storage', 'scripting'],
  host_permissions: [...EXPECTED_HOST_PERMISSIONS],
  content_security_policy: { extension_pages: "script-src 'self'; object-src 'none'" },
  minimum_chrome_version: '111',
};

describe('the manifest in wxt.config.ts', () => {
  it('breaks no rule of the manifest policy', async () => {
    expect(manifestProblems(await configuredManifest())).toEqual([]);
  });

  it('asks only for permissions a feature uses, LinkedIn and the registered vendors’ origins (read from their folders)', async () => {
    const manifest = await configuredManifest();
    for (const p of manifest.permissions as string[]) expect(Object.keys(ALLOWED_PERMISSIONS)).toContain(p);
    expect([...(manifest.host_permissions as string[])].sort()).toEqual([
      'https://api.collective.work/*',
      'https://api.stardex.ai/*',
      'https://app.leonar.app/*',
      'https://www.linkedin.com/*',
    ]);
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
  });
});

describe('manifestProblems', () => {
  it('accepts the minimal manifest', () => {
    expect(manifestProblems(GOOD)).toEqual([]);
  });

  it('refuses a permission nobody listed, and a missing required one', () => {
    expect(manifestProblems({ ...GOOD, permissions: ['storage', 'scripting', 'tabs'] })).toEqual(['permission not allowed: tabs']);
    expect(manifestProblems({ ...GOOD, permissions: ['storage', 'scripting', 'cookies', 'webRequest'] })).toHaveLength(2);
    expect(manifestProblems({ ...GOOD, permissions: ['storage'] })).toEqual(['required permission missing: scripting']);
    expect(manifestProblems({ ...GOOD, optional_permissions: ['downloads'] })).toEqual(['optional_permissions must be empty']);
  });

  it('refuses sandboxed pages and a Chrome older than the features need', () => {
    expect(manifestProblems({ ...GOOD, sandbox: { pages: ['sandbox.html'] } })).toEqual(['sandbox pages (and their CSP) must be absent']);
    expect(manifestProblems({ ...GOOD, content_security_policy: { extension_pages: "script-src 'self'; object-src 'none'", sandbox: "sandbox allow-scripts; script-src 'self' 'unsafe-eval'" } })).toEqual([
      'sandbox pages (and their CSP) must be absent',
    ]);
    expect(manifestProblems({ ...GOOD, minimum_chrome_version: '88' })).toHaveLength(1);
    expect(manifestProblems({ ...GOOD, minimum_chrome_version: undefined })).toHaveLength(1);
  });

  it('allows the outbox alarms and the context menu', () => {
    expect(manifestProblems({ ...GOOD, permissions: ['storage', 'scripting', 'alarms', 'contextMenus'] })).toEqual([]);
  });

  it('refuses any host beyond LinkedIn and the three vendors, and a missing one', () => {
    expect(manifestProblems({ ...GOOD, host_permissions: [...EXPECTED_HOST_PERMISSIONS, '<all_urls>'] })).toHaveLength(1);
    expect(manifestProblems({ ...GOOD, host_permissions: [...EXPECTED_HOST_PERMISSIONS, 'https://*.linkedin.com/*'] })).toHaveLength(1);
    expect(manifestProblems({ ...GOOD, host_permissions: EXPECTED_HOST_PERMISSIONS.slice(1) })).toHaveLength(1);
    expect(manifestProblems({ ...GOOD, optional_host_permissions: ['https://*/*'] })).toEqual(['optional_host_permissions must be empty']);
  });

  it('refuses resources LinkedIn could probe and any external messaging', () => {
    const exposed = [{ resources: ['icon-16.png'], matches: ['https://www.linkedin.com/*'] }];
    expect(manifestProblems({ ...GOOD, web_accessible_resources: exposed })).toHaveLength(1);
    expect(manifestProblems({ ...GOOD, web_accessible_resources: [{ resources: ['x.js'], matches: ['<all_urls>'] }] })).toHaveLength(1);
    expect(manifestProblems({ ...GOOD, web_accessible_resources: [{ resources: ['x.js'], matches: ['*://*/*'] }] })).toHaveLength(1);
    expect(manifestProblems({ ...GOOD, externally_connectable: { matches: ['https://www.linkedin.com/*'] } })).toEqual([
      'externally_connectable must be absent',
    ]);
  });

  it('refuses a weaker or missing CSP for extension pages', () => {
    expect(manifestProblems({ ...GOOD, content_security_policy: { extension_pages: "script-src 'self' 'unsafe-eval'; object-src 'self'" } })).toHaveLength(1);
    expect(manifestProblems({ ...GOOD, content_security_policy: undefined })).toHaveLength(1);
  });

  it('refuses a content script declared for another site', () => {
    const scripts = [{ matches: ['https://www.linkedin.com/*'] }, { matches: ['https://example.com/*'] }];
    expect(manifestProblems({ ...GOOD, content_scripts: scripts })).toEqual(['content script outside www.linkedin.com: https://example.com/*']);
  });
});
