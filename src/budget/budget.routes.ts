import type { AppContext, TypedApp } from '../server/context.js';

export function registerBudgetRoutes(app: TypedApp, ctx: AppContext) {
  void app;
  void ctx;
}
