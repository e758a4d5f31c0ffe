ALTER TABLE "plans" ADD COLUMN "saved_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "saved_by" text;--> statement-breakpoint
ALTER TABLE "plan_decisions" ADD COLUMN "plan_version_saved_at" timestamp with time zone;