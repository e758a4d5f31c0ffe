import type { Role } from '../auth/roles.js';

/** Demo mode exactly as CONTRACT.md: two municipalities, these users, one password. */
export const DEMO_PASSWORD = 'doorbraak-demo';

export const DEMO_TENANTS = [
  // demo shares its dashboard figures with the region; demo2 has not opted in (yet).
  { tenantId: 'demo', name: 'Gemeente Demodam', municipalityCode: '0999', region: 'Regio Demodam', regionOptIn: true },
  { tenantId: 'demo2', name: 'Gemeente Proefwijk', municipalityCode: '0998', region: 'Regio Demodam', regionOptIn: false },
] as const;

export const DEMO_USERS: { tenantId: string; email: string; name: string; roles: Role[] }[] = [
  { tenantId: 'demo', email: 'maatwerker@demodam.example', name: 'Mira Maatwerker', roles: ['maatwerker'] },
  { tenantId: 'demo', email: 'maatwerker2@demodam.example', name: 'Sanne de Wit', roles: ['maatwerker'] },
  { tenantId: 'demo', email: 'maatwerker3@demodam.example', name: 'Youssef Amrani', roles: ['maatwerker'] },
  { tenantId: 'demo', email: 'consulent@demodam.example', name: 'Kees Consulent', roles: ['consulent'] },
  { tenantId: 'demo', email: 'voorzitter@demodam.example', name: 'Vera Voorzitter', roles: ['voorzitter', 'maatwerker'] },
  { tenantId: 'demo', email: 'budget@demodam.example', name: 'Bram Budget', roles: ['budgetbeheerder'] },
  { tenantId: 'demo', email: 'beleid@demodam.example', name: 'Lotte Beleid', roles: ['beleid'] },
  { tenantId: 'demo', email: 'analist@demodam.example', name: 'Anouk Analist', roles: ['analist'] },
  { tenantId: 'demo', email: 'beheer@demodam.example', name: 'Bert Beheer', roles: ['beheerder'] },
  { tenantId: 'demo2', email: 'maatwerker@proefwijk.example', name: 'Pim Proef', roles: ['maatwerker'] },
];
