// Who this vendor is, without its code (no imports): its id, its name, the hosts its API lives on, and whose record
// links its saves carry. The vendor object spreads it; wxt.config.ts reads the hosts of every vendor folder from it.
export const meta = {
  id: 'stardex',
  label: 'Stardex',
  hosts: ['https://api.stardex.ai/*'],
  recordLinksFrom: [],
  // Keys are created in Stardex's settings (Settings > Integrations > API access); the API reference's introduction.
  keyPage: 'https://docs.stardex.com/api-reference/introduction-v1',
} as const;
