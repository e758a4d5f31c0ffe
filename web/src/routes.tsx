import type { ReactNode } from 'react';
import type { Action } from '../../src/policy/policy';
import { AccountPage } from './pages/account/AccountPage';
import { ActionsPage } from './pages/actions/ActionsPage';
import { AuditPage } from './pages/audit/AuditPage';
import { BudgetPage } from './pages/budget/BudgetPage';
import { DashboardPage } from './pages/dashboard/DashboardPage';
import { RegionPage } from './pages/dashboard/RegionPage';
import { PlanPaymentsPage } from './pages/budget/PlanPaymentsPage';
import { HomePage } from './pages/home/HomePage';
import { InspirationPage } from './pages/inspiration/InspirationPage';
import { SolutionPage } from './pages/inspiration/SolutionPage';
import { EditLegalBasisPage } from './pages/library/EditLegalBasisPage';
import { EditPriceItemPage } from './pages/library/EditPriceItemPage';
import { LegalLibraryPage } from './pages/library/LegalLibraryPage';
import * as library from './pages/library/libraryPaths';
import { NewLegalBasisPage } from './pages/library/NewLegalBasisPage';
import { NewPriceItemPage } from './pages/library/NewPriceItemPage';
import { PriceImportPage } from './pages/library/PriceImportPage';
import { PriceListPage } from './pages/library/PriceListPage';
import { CanvasPage } from './pages/plans/canvas/CanvasPage';
import { NewPlanPage } from './pages/plans/NewPlanPage';
import { PlansPage } from './pages/plans/PlansPage';
import { PublishInspirationPage } from './pages/plans/canvas/inspiration/PublishInspirationPage';
import { ReportPage } from './pages/report/ReportPage';
import { PresentationPage } from './pages/tables/PresentationPage';
import { SessionPage } from './pages/tables/SessionPage';
import { TablePage } from './pages/tables/TablePage';
import { TablesPage } from './pages/tables/TablesPage';
import { EditUserPage } from './pages/users/EditUserPage';
import { NewUserPage } from './pages/users/NewUserPage';
import { UsersPage } from './pages/users/UsersPage';
import { CocktailsPage } from './pages/patterns/CocktailsPage';
import { PatternPage } from './pages/patterns/PatternPage';
import { PatternsPage } from './pages/patterns/PatternsPage';
import { WorkflowSettingsPage } from './pages/workflow/WorkflowSettingsPage';
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
  { path: '/acties', ability: 'actions.read', render: () => <ActionsPage /> },
  { path: '/plannen', ability: 'plans.read', render: () => <PlansPage /> },
  { path: '/plannen/nieuw', ability: 'plans.create', render: () => <NewPlanPage /> },
  { path: '/plannen/:id', ability: 'plans.read', render: ({ id }) => <CanvasPage id={id!} /> },
  { path: '/plannen/:id/inspiratie', ability: 'inspiration.publish', render: ({ id }) => <PublishInspirationPage planId={id!} /> },
  { path: '/inspiratie', ability: 'inspiration.read', render: () => <InspirationPage /> },
  { path: '/inspiratie/:id', ability: 'inspiration.read', render: ({ id }) => <SolutionPage id={id!} /> },
  { path: library.PRICE_LIST_PATH, ability: 'library.read', render: () => <PriceListPage /> },
  { path: library.NEW_PRICE_PATH, ability: 'library.manage', render: () => <NewPriceItemPage /> },
  { path: library.IMPORT_PRICES_PATH, ability: 'library.manage', render: () => <PriceImportPage /> },
  { path: library.EDIT_PRICE_PATTERN, ability: 'library.manage', render: ({ code }) => <EditPriceItemPage code={code!} /> },
  { path: library.LEGAL_LIBRARY_PATH, ability: 'library.read', render: () => <LegalLibraryPage /> },
  { path: library.NEW_LEGAL_PATH, ability: 'library.manage', render: () => <NewLegalBasisPage /> },
  { path: library.EDIT_LEGAL_PATTERN, ability: 'library.manage', render: ({ code }) => <EditLegalBasisPage code={code!} /> },
  { path: '/dashboard', ability: 'dashboard.read', render: () => <DashboardPage /> },
  { path: '/dashboard/regio', ability: 'dashboard.read', render: () => <RegionPage /> },
  { path: '/raadsrapportage', ability: 'dashboard.read', render: () => <ReportPage /> },
  { path: '/budget', ability: 'budget.read', render: () => <BudgetPage /> },
  { path: '/budget/plannen/:id', ability: 'plans.read', render: ({ id }) => <PlanPaymentsPage id={id!} /> },
  { path: '/tafels', ability: 'tables.read', render: () => <TablesPage /> },
  { path: '/tafels/sessies/:id/presentatie', ability: 'tables.read', render: ({ id }) => <PresentationPage id={id!} /> },
  { path: '/tafels/sessies/:id', ability: 'tables.read', render: ({ id }) => <SessionPage id={id!} /> },
  { path: '/tafels/:id', ability: 'tables.read', render: ({ id }) => <TablePage id={id!} /> },
  { path: '/account', render: () => <AccountPage /> },
  { path: '/beheer/gebruikers', ability: 'users.read', render: () => <UsersPage /> },
  { path: '/beheer/gebruikers/nieuw', ability: 'users.manage', render: () => <NewUserPage /> },
  { path: '/beheer/gebruikers/:id', ability: 'users.manage', render: ({ id }) => <EditUserPage id={id!} /> },
  { path: '/beheer/auditlog', ability: 'audit.read', render: () => <AuditPage /> },
  { path: '/beheer/werkwijze', ability: 'workflow.manage', render: () => <WorkflowSettingsPage /> },
  { path: '/systeemleren', ability: 'patterns.read', render: () => <PatternsPage /> },
  { path: '/systeemleren/cocktails', ability: 'dashboard.read', render: () => <CocktailsPage /> },
  { path: '/systeemleren/:id', ability: 'patterns.read', render: ({ id }) => <PatternPage id={id!} /> },
];

export function findRoute(path: string): { route: Route; params: Record<string, string> } | null {
  for (const route of ROUTES) {
    const params = matchPath(route.path, path);
    if (params) return { route, params };
  }
  return null;
}
