CREATE TABLE "pattern_plans" (
	"tenant_id" text NOT NULL,
	"pattern_id" text NOT NULL,
	"plan_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pattern_plans_tenant_id_pattern_id_plan_id_pk" PRIMARY KEY("tenant_id","pattern_id","plan_id")
);
--> statement-breakpoint
CREATE TABLE "patterns" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"level" text NOT NULL,
	"theme" text NOT NULL,
	"owner_id" text,
	"phase" text DEFAULT 'steps' NOT NULL,
	"steps" text DEFAULT '' NOT NULL,
	"diagnosis" text DEFAULT '' NOT NULL,
	"solutions" text DEFAULT '' NOT NULL,
	"decisions" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "patterns_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "inspiration_solutions" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"region" text,
	"plan_id" text,
	"title" text NOT NULL,
	"situation" text NOT NULL,
	"breakthrough" text NOT NULL,
	"legal_bases" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"kba" jsonb,
	"domains" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"funding_streams" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text NOT NULL,
	"submitted_by" text,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reviewed_by" text,
	"reviewed_at" timestamp with time zone,
	"review_note" text DEFAULT '' NOT NULL,
	"source" text DEFAULT 'plan' NOT NULL,
	CONSTRAINT "inspiration_solutions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "plan_facts" (
	"tenant_id" text NOT NULL,
	"plan_id" text NOT NULL,
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"detail" text DEFAULT '' NOT NULL,
	CONSTRAINT "plan_facts_tenant_id_plan_id_kind_key_detail_pk" PRIMARY KEY("tenant_id","plan_id","kind","key","detail")
);
--> statement-breakpoint
CREATE TABLE "plan_kba_streams" (
	"tenant_id" text NOT NULL,
	"plan_id" text NOT NULL,
	"funding_stream" text NOT NULL,
	"current_cents" bigint NOT NULL,
	"threatened_cents" bigint NOT NULL,
	"plan_cents" bigint NOT NULL,
	"return_cents" bigint NOT NULL,
	CONSTRAINT "plan_kba_streams_tenant_id_plan_id_funding_stream_pk" PRIMARY KEY("tenant_id","plan_id","funding_stream")
);
--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "region_opt_in" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "kba_current_cents" bigint;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "kba_threatened_cents" bigint;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "kba_expected_threatened_cents" bigint;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "kba_plan_cents" bigint;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "kba_return_cents" bigint;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "kba_maatwerkbudget_cents" bigint;--> statement-breakpoint
ALTER TABLE "patterns" ADD CONSTRAINT "patterns_tenant_id_tenants_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("tenant_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspiration_solutions" ADD CONSTRAINT "inspiration_solutions_tenant_id_tenants_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("tenant_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pattern_plans_plan" ON "pattern_plans" USING btree ("tenant_id","plan_id");--> statement-breakpoint
CREATE INDEX "inspiration_solutions_region" ON "inspiration_solutions" USING btree ("region","status");--> statement-breakpoint
CREATE INDEX "inspiration_solutions_plan" ON "inspiration_solutions" USING btree ("tenant_id","plan_id");--> statement-breakpoint
CREATE INDEX "plans_tenant_created" ON "plans" USING btree ("tenant_id","created_at");