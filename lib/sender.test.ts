import { describe, expect, it } from 'vitest';
import { classifySender } from './sender';

const ID = 'abcdefghijklmnopabcdefghijklmnop';

describe('classifySender', () => {
  it('recognises our popup and options pages', () => {
    expect(classifySender({ id: ID, url: `chrome-extension://${ID}/popup.html` }, ID)).toBe('extension-page');
    expect(classifySender({ id: ID, url: `chrome-extension://${ID}/options.html`, tab: { id: 3 }, frameId: 0 }, ID)).toBe('extension-page');
  });
  it('recognises our content script in a LinkedIn tab (top frame only)', () => {
    const tab = { id: 7, url: 'https://www.linkedin.com/in/someone/' };
    expect(classifySender({ id: ID, url: 'https://www.linkedin.com/in/someone/', frameId: 0, tab }, ID)).toBe('linkedin-content');
    expect(classifySender({ id: ID, url: 'https://www.linkedin.com/embed/x', frameId: 3, tab }, ID)).toBeNull();
  });
  it('refuses other extensions, other sites and look-alike hosts', () => {
    expect(classifySender({ id: 'other', url: `chrome-extension://other/popup.html` }, ID)).toBeNull();
    expect(classifySender({ id: ID, url: 'https://evil.example/in/x', frameId: 0, tab: { id: 1 } }, ID)).toBeNull();
    expect(classifySender({ id: ID, url: 'https://www.linkedin.com.evil.example/', frameId: 0, tab: { id: 1 } }, ID)).toBeNull();
    expect(classifySender({ id: ID, url: 'http://www.linkedin.com/in/x', frameId: 0, tab: { id: 1 } }, ID)).toBeNull();
    expect(classifySender({ id: ID, url: `chrome-extension://${'z'.repeat(32)}/popup.html` }, ID)).toBeNull();
    expect(classifySender({ id: ID }, ID)).toBeNull();
  });
  it('refuses look-alikes a page could produce: userinfo, ports, other LinkedIn hosts, no tab, garbage URLs', () => {
    const tab = { id: 7 };
    expect(classifySender({ id: ID, url: 'https://www.linkedin.com@evil.example/in/x/', frameId: 0, tab }, ID)).toBeNull();
    expect(classifySender({ id: ID, url: 'https://www.linkedin.com:8443/in/x/', frameId: 0, tab }, ID)).toBe('linkedin-content');
    expect(classifySender({ id: ID, url: 'https://fr.linkedin.com/in/x/', frameId: 0, tab }, ID)).toBeNull();
    expect(classifySender({ id: ID, url: 'https://www.linkedin.com/in/x/', frameId: 0 }, ID)).toBeNull();
    expect(classifySender({ id: ID, url: 'https://www.linkedin.com/in/x/', tab }, ID)).toBeNull();
    expect(classifySender({ id: ID, url: 'not a url', frameId: 0, tab }, ID)).toBeNull();
    expect(classifySender({ id: ID, url: `blob:chrome-extension://${ID}/1234`, frameId: 0, tab }, ID)).toBeNull();
    expect(classifySender({ id: undefined, url: `chrome-extension://${ID}/popup.html` }, ID)).toBeNull();
  });
});
