// Who this vendor is, without its code (no imports): its id, its name, the hosts its API lives on, and whose record
// links its saves carry. The vendor object spreads it; wxt.config.ts reads the hosts of every vendor folder from it.
export const meta = {
  id: 'leonar',
  label: 'Leonar',
  hosts: ['https://app.leonar.app/*'],
  recordLinksFrom: [],
  // Keys are created in Leonar at Settings > API (documented on this page).
  keyPage: 'https://leonar.mintlify.app/authentication',
} as const;
