import type { AppContext, TypedApp } from '../server/context.js';

export function registerWorkflowRoutes(app: TypedApp, ctx: AppContext) {
  void app;
  void ctx;
}
