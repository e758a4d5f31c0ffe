// Every table of the application, in the order a restore must insert them (parents first).
export * from '../tenants/tenants.schema.js';
export * from '../users/users.schema.js';
export * from '../auth/auth.schema.js';
export * from '../audit/audit.schema.js';
export * from '../plans/plans.schema.js';
export * from '../library/library.schema.js';
export * from '../workflow/workflow.schema.js';
export * from '../tables/tables.schema.js';
export * from '../budget/budget.schema.js';
export * from '../followup/followup.schema.js';
export * from '../patterns/patterns.schema.js';
export * from '../inspiration/inspiration.schema.js';
export * from '../dashboard/dashboard.schema.js';
export * from '../services/services.schema.js';
export * from '../imports/imports.schema.js';
export * from '../grip/grip.schema.js';
