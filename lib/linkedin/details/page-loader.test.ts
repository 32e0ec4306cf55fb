import { describe, expect, it } from 'vitest';
import { createPageDetailsLoader, moreControl } from './page-loader';

function doc(html: string): Document {
  return new DOMParser().parseFromString(`<main>${html}</main>`, 'text/html');
}

describe('moreControl', () => {
  it('presses the button after the list, found by structure in any language', () => {
    const d = doc(`<section id="list"><div componentkey="entity-collection-item-1"><p>Role</p><button>Endorse</button></div></section><button id="more">Afficher plus de résultats</button>`);
    const entries = Array.from(d.querySelectorAll('[componentkey]'));
    expect(moreControl(d.getElementById('list'), entries)?.id).toBe('more');
  });

  it('never presses a button inside an entry, a form or a dialog, nor one before the list', () => {
    const d = doc(`<button id="before">Follow</button><section id="list"><div componentkey="entity-collection-item-1"><button>Endorse</button></div></section><form><button>Send</button></form>`);
    const entries = Array.from(d.querySelectorAll('[componentkey]'));
    expect(moreControl(d.getElementById('list'), entries)).toBeNull();
  });
});

describe('createPageDetailsLoader().fetch', () => {
  it('asks with the session, parses the page inertly, and reports where a redirect ended', async () => {
    const calls: { url: string; init: RequestInit | undefined }[] = [];
    const loader = createPageDetailsLoader({
      origin: 'https://www.linkedin.com',
      fetch: async (input, init) => {
        calls.push({ url: String(input), init });
        return Object.assign(new Response('<html><body><h1>Sign in</h1><script>window.ran = true</script></body></html>', { status: 200 }), {
          url: 'https://www.linkedin.com/authwall?trk=x',
        });
      },
    });
    const page = await loader.fetch('/in/ada-quill/details/skills/');
    expect(calls[0]?.url).toBe('https://www.linkedin.com/in/ada-quill/details/skills/');
    expect(calls[0]?.init?.credentials).toBe('include');
    expect(page.path).toBe('/authwall');
    expect(page.doc?.querySelector('h1')?.textContent).toBe('Sign in');
    expect((globalThis as { ran?: boolean }).ran).toBeUndefined();
  });

  it('gives up at once when the read’s deadline has already passed, instead of waiting for its own timeout', async () => {
    const loader = createPageDetailsLoader({
      origin: 'https://www.linkedin.com',
      // LinkedIn never answers: only the signal ends the request.
      fetch: (_input, init) =>
        new Promise((_resolve, reject) => {
          if (init?.signal?.aborted) reject(init.signal.reason);
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
        }),
    });
    const deadline = new AbortController();
    deadline.abort(new DOMException('deadline', 'AbortError'));
    const started = Date.now();
    await expect(loader.fetch('/in/ada-quill/details/skills/', deadline.signal)).rejects.toThrow('deadline');
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
