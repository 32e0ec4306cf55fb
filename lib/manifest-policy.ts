// What the extension's manifest may ask for, as one checkable rule set. The unit test applies it to wxt.config's
// manifest and the e2e security spec to the built .output/chrome-mv3/manifest.json, so a permission, a host or an
// exposed resource cannot slip in without someone editing this list on purpose.
import { VENDOR_HOST_PERMISSIONS } from '@/lib/vendors';

/** Every API permission a feature uses, with the feature. Adding one means adding a line here, consciously. */
export const ALLOWED_PERMISSIONS: Readonly<Record<string, string>> = {
  storage: 'vendor settings and keys (storage.local, locked to extension pages), popup choices',
  scripting: 'injecting the reader into the LinkedIn tab when the user asks for a read (popup, in-page button, shortcut, menu)',
  alarms: 'the outbox retries saves that failed for a transient reason',
  contextMenus: 'save from the context menu on a LinkedIn profile link',
  unlimitedStorage:
    'waiting saves keep what they send, CVs included (up to 10 MB each), in storage.local, whose 10 MB quota two CVs would fill: a save that cannot be stored is lost when the worker stops',
};

/**
 * Scripts the background registers itself (scripting.registerContentScripts) into LinkedIn pages: they reach every
 * LinkedIn page like a manifest content script, so they share its rules (www.linkedin.com only, the bench's size
 * budget). Registered only while their setting is on: when it is off, nothing of ours is injected.
 */
export const RUNTIME_LINKEDIN_SCRIPTS = [
  {
    id: 'linkedin-button',
    /** An unlisted script (entrypoints/linkedin-button): no WXT content-script wrapper, so no event it would dispatch. */
    js: ['linkedin-button.js'],
    matches: ['https://www.linkedin.com/*'],
    runAt: 'document_idle',
  },
] as const;

/** Permissions without which the extension cannot work at all. */
export const REQUIRED_PERMISSIONS = ['storage', 'scripting'] as const;

/** LinkedIn and every registered vendor's API: the only hosts the extension talks to. */
export const LINKEDIN_HOST_PERMISSION = 'https://www.linkedin.com/*';
export const EXPECTED_HOST_PERMISSIONS: readonly string[] = [LINKEDIN_HOST_PERMISSION, ...VENDOR_HOST_PERMISSIONS];

export const EXPECTED_EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'none'";

/**
 * The oldest Chrome with what the extension relies on: the sender's documentId (106, the in-page button's state per
 * page) and the CSS Tailwind 4 emits (111). storage.local.setAccessLevel, which keeps keys out of content scripts'
 * reach, came later for storage.local (its first version is not documented): on a Chrome without it, only our own
 * scripts could read the keys, and the e2e security test runs on current Chromium.
 */
export const MINIMUM_CHROME_VERSION = 111;

/** The manifest keys this policy judges; anything else is not its concern. */
export interface ManifestUnderReview {
  permissions?: unknown;
  optional_permissions?: unknown;
  host_permissions?: unknown;
  optional_host_permissions?: unknown;
  web_accessible_resources?: unknown;
  externally_connectable?: unknown;
  content_security_policy?: unknown;
  content_scripts?: unknown;
  minimum_chrome_version?: unknown;
  sandbox?: unknown;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function isLinkedInOrAnyPattern(match: unknown): boolean {
  if (typeof match !== 'string') return true; // unreadable: count it as exposed
  if (match === '<all_urls>') return true;
  const m = /^(\*|https?):\/\/([^/]+)\//.exec(match);
  if (!m) return true;
  const host = m[2]!;
  return host === '*' || host.endsWith('linkedin.com') || host === '*.com';
}

/**
 * Every way `manifest` breaks the policy, as sentences; empty when it is fine. `expectedHosts`: the registry's by
 * default (a test passes a registry of its own).
 */
export function manifestProblems(manifest: ManifestUnderReview, expectedHosts: readonly string[] = EXPECTED_HOST_PERMISSIONS): string[] {
  const problems: string[] = [];

  const permissions = list(manifest.permissions);
  for (const p of permissions) {
    if (typeof p !== 'string' || !Object.hasOwn(ALLOWED_PERMISSIONS, p)) problems.push(`permission not allowed: ${String(p)}`);
  }
  for (const p of REQUIRED_PERMISSIONS) if (!permissions.includes(p)) problems.push(`required permission missing: ${p}`);
  if (new Set(permissions).size !== permissions.length) problems.push('a permission is listed twice');
  if (list(manifest.optional_permissions).length > 0) problems.push('optional_permissions must be empty');

  const hosts = list(manifest.host_permissions);
  const sortedHosts = [...hosts].map(String).sort();
  const wanted = [...expectedHosts].sort();
  if (JSON.stringify(sortedHosts) !== JSON.stringify(wanted) || hosts.length !== wanted.length) {
    problems.push(`host_permissions must be exactly ${wanted.join(', ')}; got ${hosts.map(String).join(', ') || 'none'}`);
  }
  if (list(manifest.optional_host_permissions).length > 0) problems.push('optional_host_permissions must be empty');

  // LinkedIn fingerprints extensions by probing chrome-extension://<id>/<resource>: expose nothing to it.
  for (const entry of list(manifest.web_accessible_resources)) {
    const matches = typeof entry === 'object' && entry !== null ? list((entry as { matches?: unknown }).matches) : [entry];
    if (matches.some(isLinkedInOrAnyPattern)) problems.push(`web_accessible_resources reachable from LinkedIn: ${JSON.stringify(entry)}`);
  }
  if (manifest.externally_connectable !== undefined) problems.push('externally_connectable must be absent');

  const csp = manifest.content_security_policy;
  const pages = typeof csp === 'object' && csp !== null ? (csp as { extension_pages?: unknown }).extension_pages : undefined;
  if (pages !== EXPECTED_EXTENSION_PAGES_CSP) {
    problems.push(`content_security_policy.extension_pages must be "${EXPECTED_EXTENSION_PAGES_CSP}"; got ${JSON.stringify(pages)}`);
  }
  // Sandboxed pages may run eval and remote code under their own CSP: the extension has none.
  if (manifest.sandbox !== undefined || (typeof csp === 'object' && csp !== null && 'sandbox' in csp)) {
    problems.push('sandbox pages (and their CSP) must be absent');
  }
  const minimum = Number.parseInt(String(manifest.minimum_chrome_version ?? ''), 10);
  if (!(minimum >= MINIMUM_CHROME_VERSION)) {
    problems.push(`minimum_chrome_version must be at least ${MINIMUM_CHROME_VERSION}; got ${JSON.stringify(manifest.minimum_chrome_version)}`);
  }

  for (const script of list(manifest.content_scripts)) {
    const matches = typeof script === 'object' && script !== null ? list((script as { matches?: unknown }).matches) : [];
    for (const match of matches) {
      if (typeof match !== 'string' || !/^https:\/\/www\.linkedin\.com\//.test(match)) {
        problems.push(`content script outside www.linkedin.com: ${String(match)}`);
      }
    }
  }
  return problems;
}
