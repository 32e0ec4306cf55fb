import { describe, expect, it } from 'vitest';
import { ADA, VIEWER, buildDashProfileResponse } from '@/tests/fakes/voyager-data';
import { readPageJson } from './page-json';

function pageWith(...blocks: unknown[]): Document {
  const codes = blocks.map((b, i) => `<code id="bpr-guid-${i}" style="display:none">${JSON.stringify(b).replace(/</g, '\\u003c')}</code>`).join('');
  return new DOMParser().parseFromString(`<html><body>${codes}<main></main></body></html>`, 'text/html');
}

describe('readPageJson', () => {
  it('takes the person of the address from the embedded JSON, never the viewer listed first', () => {
    const { fragment, source } = readPageJson(pageWith(buildDashProfileResponse(VIEWER), buildDashProfileResponse(ADA)), 'ada-quill');
    expect(source).toBe('page-json');
    expect(fragment).toMatchObject({ fullName: 'Ada Quill', memberId: ADA.memberId, headline: 'Staff Engineer at Northwind' });
  });

  it('gives nothing when the embedded JSON describes only other people (a page reached by in-app navigation)', () => {
    expect(readPageJson(pageWith(buildDashProfileResponse(VIEWER)), 'ada-quill').fragment).toBeNull();
  });

  it('skips blocks that are not JSON', () => {
    const doc = new DOMParser().parseFromString('<code id="bpr-guid-1">{"publicIdentifier": broken</code>', 'text/html');
    expect(readPageJson(doc, 'ada-quill').fragment).toBeNull();
  });
});
