import type { AppContext, TypedApp } from '../server/context.js';

export function registerFollowupRoutes(app: TypedApp, ctx: AppContext) {
  void app;
  void ctx;
}
