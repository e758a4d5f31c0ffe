CREATE TABLE "plans" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"case_number" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"document" jsonb NOT NULL,
	"author_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "plans_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "legal_bases" (
	"tenant_id" text NOT NULL,
	"code" text NOT NULL,
	"regulation" text NOT NULL,
	"short_name" text NOT NULL,
	"article" text NOT NULL,
	"bwb_id" text,
	"url" text,
	"description" text NOT NULL,
	"domains" text[] NOT NULL,
	"confidence" text DEFAULT 'high' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"origin" text DEFAULT 'national' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "legal_bases_tenant_id_code_pk" PRIMARY KEY("tenant_id","code")
);
--> statement-breakpoint
CREATE TABLE "price_items" (
	"tenant_id" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"unit" text NOT NULL,
	"unit_price_cents" bigint NOT NULL,
	"frequency" text NOT NULL,
	"funding_stream" text NOT NULL,
	"domain" text NOT NULL,
	"year" integer NOT NULL,
	"confidence" text NOT NULL,
	"source" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"origin" text DEFAULT 'national' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "price_items_tenant_id_code_pk" PRIMARY KEY("tenant_id","code")
);
--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_tenant_id_tenants_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("tenant_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_bases" ADD CONSTRAINT "legal_bases_tenant_id_tenants_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("tenant_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_items" ADD CONSTRAINT "price_items_tenant_id_tenants_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("tenant_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "plans_tenant_case_number" ON "plans" USING btree ("tenant_id","case_number") WHERE "plans"."deleted_at" IS NULL;--> statement-breakpoint
CREATE INDEX "plans_tenant_status" ON "plans" USING btree ("tenant_id","status");