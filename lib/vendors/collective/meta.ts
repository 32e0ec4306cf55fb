// Who this vendor is, without its code (no imports): its id, its name, the hosts its API lives on, and whose record
// links its saves carry. The vendor object spreads it; wxt.config.ts reads the hosts of every vendor folder from it.
export const meta = {
  id: 'collective',
  label: 'Collective',
  hosts: ['https://api.collective.work/*'],
  // Its talent keeps the person's record links in the other tools saved in the same action (atsUrl).
  recordLinksFrom: 'others',
  // Collective gives keys out (not self-serve); its API reference says how to ask for one.
  keyPage: 'https://docs.collective.work/api-reference/endpoint/my-talents/import',
} as const;
