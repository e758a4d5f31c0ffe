CREATE TABLE "budget_lines" (
	"tenant_id" text NOT NULL,
	"year" integer NOT NULL,
	"budget_line" text NOT NULL,
	"name" text NOT NULL,
	"pillar" text NOT NULL,
	"product_category" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	CONSTRAINT "budget_lines_tenant_id_year_budget_line_pk" PRIMARY KEY("tenant_id","year","budget_line")
);
--> statement-breakpoint
CREATE TABLE "declaration_lines" (
	"tenant_id" text NOT NULL,
	"declaration_number" text NOT NULL,
	"product_reference" text NOT NULL,
	"service_id" text,
	"client_key" text NOT NULL,
	"provider" text NOT NULL,
	"pillar" text NOT NULL,
	"product_category" text NOT NULL,
	"product_code" text,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"volume" bigint NOT NULL,
	"unit" text NOT NULL,
	"unit_price_cents" bigint NOT NULL,
	"amount_cents" bigint NOT NULL,
	"declared_on" date NOT NULL,
	CONSTRAINT "declaration_lines_tenant_id_declaration_number_product_reference_pk" PRIMARY KEY("tenant_id","declaration_number","product_reference")
);
--> statement-breakpoint
CREATE TABLE "household_members" (
	"tenant_id" text NOT NULL,
	"client_key" text NOT NULL,
	"household_key" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	CONSTRAINT "household_members_tenant_id_client_key_valid_from_pk" PRIMARY KEY("tenant_id","client_key","valid_from")
);
--> statement-breakpoint
CREATE TABLE "providers" (
	"tenant_id" text NOT NULL,
	"agb_code" text NOT NULL,
	"pillar" text NOT NULL,
	CONSTRAINT "providers_tenant_id_agb_code_pillar_pk" PRIMARY KEY("tenant_id","agb_code","pillar")
);
--> statement-breakpoint
CREATE TABLE "realisations" (
	"tenant_id" text NOT NULL,
	"service_id" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"amount_cents" bigint NOT NULL,
	CONSTRAINT "realisations_tenant_id_service_id_period_start_period_end_pk" PRIMARY KEY("tenant_id","service_id","period_start","period_end")
);
--> statement-breakpoint
CREATE TABLE "service_clients" (
	"tenant_id" text NOT NULL,
	"client_key" text NOT NULL,
	"client_number" text,
	"birth_year" integer,
	"address_key" text,
	CONSTRAINT "service_clients_tenant_id_client_key_pk" PRIMARY KEY("tenant_id","client_key")
);
--> statement-breakpoint
CREATE TABLE "service_deliveries" (
	"tenant_id" text NOT NULL,
	"service_id" text NOT NULL,
	"provider" text NOT NULL,
	"started_on" date,
	"stop_started_on" date,
	"stopped_on" date,
	"stop_reason" text,
	CONSTRAINT "service_deliveries_tenant_id_service_id_pk" PRIMARY KEY("tenant_id","service_id")
);
--> statement-breakpoint
CREATE TABLE "services" (
	"tenant_id" text NOT NULL,
	"service_id" text NOT NULL,
	"client_key" text NOT NULL,
	"pillar" text NOT NULL,
	"product_category" text NOT NULL,
	"product_code" text,
	"product_name" text,
	"provider" text NOT NULL,
	"assigned_on" date,
	"assignment_start" date NOT NULL,
	"assignment_end" date,
	"volume" bigint,
	"unit" text,
	"frequency" text,
	"unit_price_cents" bigint,
	"amount_cents" bigint,
	"start_date" date NOT NULL,
	"end_date" date,
	"message_date" date,
	"source" text NOT NULL,
	CONSTRAINT "services_tenant_id_service_id_pk" PRIMARY KEY("tenant_id","service_id")
);
--> statement-breakpoint
CREATE TABLE "tariffs" (
	"tenant_id" text NOT NULL,
	"provider" text NOT NULL,
	"product_category" text NOT NULL,
	"product_code" text NOT NULL,
	"unit" text NOT NULL,
	"unit_price_cents" bigint NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	CONSTRAINT "tariffs_tenant_id_provider_product_code_valid_from_pk" PRIMARY KEY("tenant_id","provider","product_code","valid_from")
);
--> statement-breakpoint
CREATE TABLE "import_jobs" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"status" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"csv_kind" text,
	"total_bytes" bigint NOT NULL,
	"bytes" bigint DEFAULT 0 NOT NULL,
	"records" bigint DEFAULT 0 NOT NULL,
	"files" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	CONSTRAINT "import_jobs_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "municipality_code" text;--> statement-breakpoint
CREATE INDEX "declaration_lines_client" ON "declaration_lines" USING btree ("tenant_id","client_key","period_start");--> statement-breakpoint
CREATE INDEX "declaration_lines_service" ON "declaration_lines" USING btree ("tenant_id","service_id");--> statement-breakpoint
CREATE INDEX "household_members_household" ON "household_members" USING btree ("tenant_id","household_key");--> statement-breakpoint
CREATE INDEX "service_clients_number" ON "service_clients" USING btree ("tenant_id","client_number");--> statement-breakpoint
CREATE INDEX "services_client" ON "services" USING btree ("tenant_id","client_key");--> statement-breakpoint
CREATE INDEX "services_period" ON "services" USING btree ("tenant_id","start_date","end_date");--> statement-breakpoint
CREATE INDEX "import_jobs_status" ON "import_jobs" USING btree ("status");