CREATE TABLE "plan_decisions" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"plan_id" text NOT NULL,
	"plan_version" integer NOT NULL,
	"user_id" text NOT NULL,
	"decision" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"counts" boolean NOT NULL,
	"session_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"voided_at" timestamp with time zone,
	CONSTRAINT "plan_decisions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "plan_transitions" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"plan_id" text NOT NULL,
	"from_status" text NOT NULL,
	"to_status" text NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"user_id" text,
	"plan_version" integer NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_transitions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "workflow_settings" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"preset" text NOT NULL,
	"approval_threshold" integer NOT NULL,
	"spar_required" boolean NOT NULL,
	"table_roles" jsonb NOT NULL,
	"decide_roles" jsonb NOT NULL,
	"slot_minutes" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agenda_items" (
	"tenant_id" text NOT NULL,
	"session_id" text NOT NULL,
	"plan_id" text NOT NULL,
	"position" integer NOT NULL,
	"slot_minutes" integer NOT NULL,
	CONSTRAINT "agenda_items_tenant_id_session_id_plan_id_pk" PRIMARY KEY("tenant_id","session_id","plan_id")
);
--> statement-breakpoint
CREATE TABLE "meeting_tables" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"weekday" integer NOT NULL,
	"start_time" text NOT NULL,
	"interval_weeks" integer DEFAULT 1 NOT NULL,
	"slot_minutes" integer DEFAULT 30 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_tables_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "plan_questions" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"plan_id" text NOT NULL,
	"session_id" text,
	"question" text NOT NULL,
	"assignee_id" text NOT NULL,
	"due_date" date NOT NULL,
	"answer" text,
	"answered_at" timestamp with time zone,
	"answered_by" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_questions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "table_sessions" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"table_id" text NOT NULL,
	"date" date NOT NULL,
	"start_time" text NOT NULL,
	"minutes" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "table_sessions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "budget_entries" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"year" integer NOT NULL,
	"plan_id" text NOT NULL,
	"kind" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	"date" date NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"vat" boolean DEFAULT false NOT NULL,
	"invoice_reference" text,
	"exceed_reason" text,
	"user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "budget_entries_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "budget_mandates" (
	"tenant_id" text NOT NULL,
	"user_id" text NOT NULL,
	"limit_cents" bigint NOT NULL,
	CONSTRAINT "budget_mandates_tenant_id_user_id_pk" PRIMARY KEY("tenant_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "budget_sources" (
	"tenant_id" text NOT NULL,
	"year" integer NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	CONSTRAINT "budget_sources_tenant_id_year_code_pk" PRIMARY KEY("tenant_id","year","code")
);
--> statement-breakpoint
CREATE TABLE "budgets" (
	"tenant_id" text NOT NULL,
	"year" integer NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "budgets_tenant_id_year_pk" PRIMARY KEY("tenant_id","year")
);
--> statement-breakpoint
CREATE TABLE "plan_measurements" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"plan_id" text NOT NULL,
	"moment" text NOT NULL,
	"life_satisfaction" integer NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"measured_on" date NOT NULL,
	"user_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_measurements_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "approved_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "budget_year" integer;--> statement-breakpoint
ALTER TABLE "workflow_settings" ADD CONSTRAINT "workflow_settings_tenant_id_tenants_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("tenant_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_tables" ADD CONSTRAINT "meeting_tables_tenant_id_tenants_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("tenant_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budgets" ADD CONSTRAINT "budgets_tenant_id_tenants_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("tenant_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_decisions_plan" ON "plan_decisions" USING btree ("tenant_id","plan_id");--> statement-breakpoint
CREATE INDEX "plan_transitions_plan" ON "plan_transitions" USING btree ("tenant_id","plan_id","at");--> statement-breakpoint
CREATE INDEX "agenda_items_plan" ON "agenda_items" USING btree ("tenant_id","plan_id");--> statement-breakpoint
CREATE INDEX "plan_questions_plan" ON "plan_questions" USING btree ("tenant_id","plan_id");--> statement-breakpoint
CREATE INDEX "plan_questions_assignee" ON "plan_questions" USING btree ("tenant_id","assignee_id");--> statement-breakpoint
CREATE UNIQUE INDEX "table_sessions_table_date" ON "table_sessions" USING btree ("tenant_id","table_id","date");--> statement-breakpoint
CREATE INDEX "budget_entries_year" ON "budget_entries" USING btree ("tenant_id","year");--> statement-breakpoint
CREATE INDEX "budget_entries_plan" ON "budget_entries" USING btree ("tenant_id","plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_measurements_plan_moment" ON "plan_measurements" USING btree ("tenant_id","plan_id","moment");