import type { AppContext, TypedApp } from '../server/context.js';

export function registerTableRoutes(app: TypedApp, ctx: AppContext) {
  void app;
  void ctx;
}
