CREATE TABLE "import_folder_runs" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"status" text NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"files" integer DEFAULT 0 NOT NULL,
	"imported_files" integer DEFAULT 0 NOT NULL,
	"rejected_files" integer DEFAULT 0 NOT NULL,
	"job_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"message" text,
	CONSTRAINT "import_folder_runs_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "grip_assumptions" (
	"tenant_id" text NOT NULL,
	"pillar" text NOT NULL,
	"positive_basis_points" integer NOT NULL,
	"negative_basis_points" integer NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grip_assumptions_tenant_id_pillar_pk" PRIMARY KEY("tenant_id","pillar")
);
--> statement-breakpoint
CREATE TABLE "grip_signal_handling" (
	"tenant_id" text NOT NULL,
	"signal_id" text NOT NULL,
	"type" text NOT NULL,
	"provider" text,
	"assignment_number" text,
	"note" text NOT NULL,
	"handled_by" text NOT NULL,
	"handled_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grip_signal_handling_tenant_id_signal_id_pk" PRIMARY KEY("tenant_id","signal_id")
);
--> statement-breakpoint
ALTER TABLE "import_jobs" ADD COLUMN "origin" text DEFAULT 'upload' NOT NULL;--> statement-breakpoint
CREATE INDEX "import_folder_runs_started" ON "import_folder_runs" USING btree ("tenant_id","started_at");--> statement-breakpoint
CREATE INDEX "grip_signal_handling_type" ON "grip_signal_handling" USING btree ("tenant_id","type");