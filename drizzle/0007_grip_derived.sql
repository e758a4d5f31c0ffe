CREATE TABLE "grip_actuals" (
	"tenant_id" text NOT NULL,
	"source" text NOT NULL,
	"pillar" text NOT NULL,
	"product_category" text NOT NULL,
	"provider" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"declared_on" date NOT NULL,
	"amount_cents" bigint NOT NULL,
	"lines" integer NOT NULL,
	CONSTRAINT "grip_actuals_tenant_id_source_pillar_product_category_provider_period_start_period_end_declared_on_pk" PRIMARY KEY("tenant_id","source","pillar","product_category","provider","period_start","period_end","declared_on")
);
--> statement-breakpoint
CREATE TABLE "grip_delays" (
	"tenant_id" text NOT NULL,
	"pillar" text NOT NULL,
	"period_month" integer NOT NULL,
	"declared_on" date NOT NULL,
	"amount_cents" bigint NOT NULL,
	CONSTRAINT "grip_delays_tenant_id_pillar_period_month_declared_on_pk" PRIMARY KEY("tenant_id","pillar","period_month","declared_on")
);
--> statement-breakpoint
CREATE TABLE "grip_signals" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"type" text NOT NULL,
	"provider" text,
	"assignment_number" text,
	"since" date NOT NULL,
	"lines" bigint,
	"amount" bigint,
	"declared" numeric,
	"assigned" numeric,
	"unit" text,
	"start_date" date,
	"end_date" date,
	"product_code" text,
	CONSTRAINT "grip_signals_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "grip_starts" (
	"tenant_id" text NOT NULL,
	"pillar" text NOT NULL,
	"product_category" text NOT NULL,
	"start_date" date NOT NULL,
	"annual_cents" bigint NOT NULL,
	"services" integer NOT NULL,
	CONSTRAINT "grip_starts_tenant_id_pillar_product_category_start_date_pk" PRIMARY KEY("tenant_id","pillar","product_category","start_date")
);
--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "cost_price_cents" bigint;--> statement-breakpoint
CREATE INDEX "grip_signals_type" ON "grip_signals" USING btree ("tenant_id","type","since");--> statement-breakpoint
CREATE INDEX "grip_signals_provider" ON "grip_signals" USING btree ("tenant_id","provider");
--> statement-breakpoint
-- The unit price of a service's cost (CONTRACT.md): its own, else the tariff of its provider, else the one for every provider, valid on its start date.
CREATE OR REPLACE FUNCTION doorbraak_cost_price(p_tenant text, p_provider text, p_code text, p_start date, p_own bigint) RETURNS bigint
LANGUAGE sql STABLE AS $$
  SELECT coalesce(
    p_own,
    (SELECT t.unit_price_cents FROM tariffs t
      WHERE t.tenant_id = p_tenant AND t.provider = p_provider AND t.product_code = p_code AND t.valid_from <= p_start AND (t.valid_to IS NULL OR t.valid_to >= p_start)
      ORDER BY t.valid_from DESC LIMIT 1),
    (SELECT t.unit_price_cents FROM tariffs t
      WHERE t.tenant_id = p_tenant AND t.provider = '' AND t.product_code = p_code AND t.valid_from <= p_start AND (t.valid_to IS NULL OR t.valid_to >= p_start)
      ORDER BY t.valid_from DESC LIMIT 1))
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION services_cost_price() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.cost_price_cents := doorbraak_cost_price(NEW.tenant_id, NEW.provider, NEW.product_code, NEW.start_date, NEW.unit_price_cents);
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER services_cost_price BEFORE INSERT OR UPDATE OF unit_price_cents, provider, product_code, start_date, cost_price_cents ON services
FOR EACH ROW EXECUTE FUNCTION services_cost_price();
--> statement-breakpoint
UPDATE services SET cost_price_cents = doorbraak_cost_price(tenant_id, provider, product_code, start_date, unit_price_cents);
