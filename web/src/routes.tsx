import type { ReactNode } from 'react';
import type { Action } from '../../src/policy/policy';
import { AccountPage } from './pages/account/AccountPage';
import { AuditPage } from './pages/audit/AuditPage';
import { HomePage } from './pages/home/HomePage';
import { EditUserPage } from './pages/users/EditUserPage';
import { NewUserPage } from './pages/users/NewUserPage';
import { UsersPage } from './pages/users/UsersPage';
import { matchPath } from './paths';

interface Route {
  path: string;
  /** The page is shown only to users with this ability; others get "Geen toegang". */
  ability?: Action;
  render: (params: Record<string, string>) => ReactNode;
}

/** In order: a fixed path before a parameter at the same place (`nieuw` before `:id`). */
export const ROUTES: readonly Route[] = [
  { path: '/', render: () => <HomePage /> },
  { path: '/account', render: () => <AccountPage /> },
  { path: '/beheer/gebruikers', ability: 'users.read', render: () => <UsersPage /> },
  { path: '/beheer/gebruikers/nieuw', ability: 'users.manage', render: () => <NewUserPage /> },
  { path: '/beheer/gebruikers/:id', ability: 'users.manage', render: ({ id }) => <EditUserPage id={id!} /> },
  { path: '/beheer/auditlog', ability: 'audit.read', render: () => <AuditPage /> },
];

export function findRoute(path: string): { route: Route; params: Record<string, string> } | null {
  for (const route of ROUTES) {
    const params = matchPath(route.path, path);
    if (params) return { route, params };
  }
  return null;
}
