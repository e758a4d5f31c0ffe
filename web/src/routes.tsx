import { lazy, type ReactNode } from 'react';
import type { Action } from '../../src/policy/policy';
import { HomePage } from './pages/home/HomePage';
import * as library from './pages/library/libraryPaths';
import { matchPath } from './paths';

// Every page but the home page is loaded when first opened: the first load ships login + home only.
const AccountPage = lazy(() => import('./pages/account/AccountPage').then((module) => ({ default: module.AccountPage })));
const ActionsPage = lazy(() => import('./pages/actions/ActionsPage').then((module) => ({ default: module.ActionsPage })));
const AuditPage = lazy(() => import('./pages/audit/AuditPage').then((module) => ({ default: module.AuditPage })));
const BudgetPage = lazy(() => import('./pages/budget/BudgetPage').then((module) => ({ default: module.BudgetPage })));
const DashboardPage = lazy(() => import('./pages/dashboard/DashboardPage').then((module) => ({ default: module.DashboardPage })));
const RegionPage = lazy(() => import('./pages/dashboard/RegionPage').then((module) => ({ default: module.RegionPage })));
const EditSourcesPage = lazy(() => import('./pages/budget/EditSourcesPage').then((module) => ({ default: module.EditSourcesPage })));
const EditMandatesPage = lazy(() => import('./pages/budget/EditMandatesPage').then((module) => ({ default: module.EditMandatesPage })));
const PlanPaymentsPage = lazy(() => import('./pages/budget/PlanPaymentsPage').then((module) => ({ default: module.PlanPaymentsPage })));
const InspirationPage = lazy(() => import('./pages/inspiration/InspirationPage').then((module) => ({ default: module.InspirationPage })));
const SolutionPage = lazy(() => import('./pages/inspiration/SolutionPage').then((module) => ({ default: module.SolutionPage })));
const EditLegalBasisPage = lazy(() => import('./pages/library/EditLegalBasisPage').then((module) => ({ default: module.EditLegalBasisPage })));
const EditPriceItemPage = lazy(() => import('./pages/library/EditPriceItemPage').then((module) => ({ default: module.EditPriceItemPage })));
const LegalLibraryPage = lazy(() => import('./pages/library/LegalLibraryPage').then((module) => ({ default: module.LegalLibraryPage })));
const NewLegalBasisPage = lazy(() => import('./pages/library/NewLegalBasisPage').then((module) => ({ default: module.NewLegalBasisPage })));
const NewPriceItemPage = lazy(() => import('./pages/library/NewPriceItemPage').then((module) => ({ default: module.NewPriceItemPage })));
const PriceImportPage = lazy(() => import('./pages/library/PriceImportPage').then((module) => ({ default: module.PriceImportPage })));
const PriceListPage = lazy(() => import('./pages/library/PriceListPage').then((module) => ({ default: module.PriceListPage })));
const CanvasPage = lazy(() => import('./pages/plans/canvas/CanvasPage').then((module) => ({ default: module.CanvasPage })));
const NewPlanPage = lazy(() => import('./pages/plans/NewPlanPage').then((module) => ({ default: module.NewPlanPage })));
const PlansPage = lazy(() => import('./pages/plans/PlansPage').then((module) => ({ default: module.PlansPage })));
const PublishInspirationPage = lazy(() => import('./pages/plans/canvas/inspiration/PublishInspirationPage').then((module) => ({ default: module.PublishInspirationPage })));
const ReportPage = lazy(() => import('./pages/report/ReportPage').then((module) => ({ default: module.ReportPage })));
const PresentationPage = lazy(() => import('./pages/tables/PresentationPage').then((module) => ({ default: module.PresentationPage })));
const SessionPage = lazy(() => import('./pages/tables/SessionPage').then((module) => ({ default: module.SessionPage })));
const TablePage = lazy(() => import('./pages/tables/TablePage').then((module) => ({ default: module.TablePage })));
const TablesPage = lazy(() => import('./pages/tables/TablesPage').then((module) => ({ default: module.TablesPage })));
const EditUserPage = lazy(() => import('./pages/users/EditUserPage').then((module) => ({ default: module.EditUserPage })));
const NewUserPage = lazy(() => import('./pages/users/NewUserPage').then((module) => ({ default: module.NewUserPage })));
const UsersPage = lazy(() => import('./pages/users/UsersPage').then((module) => ({ default: module.UsersPage })));
const CocktailsPage = lazy(() => import('./pages/patterns/CocktailsPage').then((module) => ({ default: module.CocktailsPage })));
const PatternPage = lazy(() => import('./pages/patterns/PatternPage').then((module) => ({ default: module.PatternPage })));
const PatternsPage = lazy(() => import('./pages/patterns/PatternsPage').then((module) => ({ default: module.PatternsPage })));
const ImportPage = lazy(() => import('./pages/servicedata/ImportPage').then((module) => ({ default: module.ImportPage })));
const OverlapPage = lazy(() => import('./pages/servicedata/OverlapPage').then((module) => ({ default: module.OverlapPage })));
const CandidatesPage = lazy(() => import('./pages/servicedata/CandidatesPage').then((module) => ({ default: module.CandidatesPage })));
const GripOverviewPage = lazy(() => import('./pages/grip/GripOverviewPage').then((module) => ({ default: module.GripOverviewPage })));
const BudgetLinePage = lazy(() => import('./pages/grip/BudgetLinePage').then((module) => ({ default: module.BudgetLinePage })));
const VariancePage = lazy(() => import('./pages/grip/VariancePage').then((module) => ({ default: module.VariancePage })));
const ProvidersPage = lazy(() => import('./pages/grip/ProvidersPage').then((module) => ({ default: module.ProvidersPage })));
const ProviderPage = lazy(() => import('./pages/grip/ProviderPage').then((module) => ({ default: module.ProviderPage })));
const SignalsPage = lazy(() => import('./pages/grip/SignalsPage').then((module) => ({ default: module.SignalsPage })));
const FlowsPage = lazy(() => import('./pages/grip/FlowsPage').then((module) => ({ default: module.FlowsPage })));
const AssumptionsPage = lazy(() => import('./pages/grip/AssumptionsPage').then((module) => ({ default: module.AssumptionsPage })));
const GripRegionPage = lazy(() => import('./pages/grip/GripRegionPage').then((module) => ({ default: module.GripRegionPage })));
const WorkflowSettingsPage = lazy(() => import('./pages/workflow/WorkflowSettingsPage').then((module) => ({ default: module.WorkflowSettingsPage })));

interface Route {
  path: string;
  /** The page is shown only to users with this ability; others get "Geen toegang". */
  ability?: Action;
  /** Rendered without the app's header and menu (a projector view); the page brings its own `main`. */
  fullScreen?: boolean;
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
  { path: '/budget/mandaten/bewerken', ability: 'budget.manage', render: () => <EditMandatesPage /> },
  { path: '/budget/:year/bronnen/bewerken', ability: 'budget.manage', render: ({ year }) => <EditSourcesPage year={year!} /> },
  { path: '/grip', ability: 'grip.read', render: () => <GripOverviewPage /> },
  { path: '/grip/regels/:budgetLine', ability: 'grip.read', render: ({ budgetLine }) => <BudgetLinePage budgetLine={budgetLine!} /> },
  { path: '/grip/volume-prijs', ability: 'grip.read', render: () => <VariancePage /> },
  { path: '/grip/aanbieders', ability: 'grip.read', render: () => <ProvidersPage /> },
  { path: '/grip/aanbieders/:agb', ability: 'grip.read', render: ({ agb }) => <ProviderPage agb={agb!} /> },
  { path: '/grip/signalen', ability: 'grip.read', render: () => <SignalsPage /> },
  { path: '/grip/stromen', ability: 'grip.read', render: () => <FlowsPage /> },
  { path: '/grip/aannames', ability: 'grip.read', render: () => <AssumptionsPage /> },
  { path: '/grip/regio', ability: 'grip.read', render: () => <GripRegionPage /> },
  { path: '/eigen-gegevens/import', ability: 'imports.read', render: () => <ImportPage /> },
  { path: '/eigen-gegevens/overlap', ability: 'services.overlap', render: () => <OverlapPage /> },
  { path: '/eigen-gegevens/kandidaten', ability: 'services.candidates', render: () => <CandidatesPage /> },
  { path: '/budget/plannen/:id', ability: 'plans.read', render: ({ id }) => <PlanPaymentsPage id={id!} /> },
  { path: '/tafels', ability: 'tables.read', render: () => <TablesPage /> },
  { path: '/tafels/sessies/:id/presentatie', ability: 'tables.read', fullScreen: true, render: ({ id }) => <PresentationPage id={id!} /> },
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
