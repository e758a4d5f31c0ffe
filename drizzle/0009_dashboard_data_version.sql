-- The tenant's dashboard data version (issue 13): the dashboard caches its figures per tenant,
-- filter and day under this number, and every write that changes a figure bumps it. Triggers,
-- not application code, so no write path (a save, a decision, a payment, a measurement, a delete,
-- the CLI, a restore, a benchmark's INSERT … SELECT) can forget it.
--
-- The triggers are deferred constraint triggers: they fire at COMMIT, so the tenant's counter row
-- is locked only while the transaction commits (concurrent saves of one municipality do not queue
-- behind each other for their whole transaction), and the new number becomes visible together
-- with the data. A transaction-local flag makes each transaction bump a tenant once, however many
-- rows it touched. Records imported from iWmo/iJw/CSV count once the import job is done.
CREATE TABLE "dashboard_data_versions" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE FUNCTION dashboard_bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  tenant text := CASE WHEN TG_OP = 'DELETE' THEN OLD.tenant_id ELSE NEW.tenant_id END;
  flag text := 'doorbraak.dashboard_bumped_' || md5(tenant);
BEGIN
  IF current_setting(flag, true) = 'y' THEN
    RETURN NULL;
  END IF;
  PERFORM set_config(flag, 'y', true);
  INSERT INTO dashboard_data_versions AS v (tenant_id, version) VALUES (tenant, 1)
    ON CONFLICT (tenant_id) DO UPDATE SET version = v.version + 1;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER plans_dashboard_version AFTER INSERT OR UPDATE OR DELETE ON plans
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dashboard_bump_data_version();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER plan_kba_streams_dashboard_version AFTER INSERT OR UPDATE OR DELETE ON plan_kba_streams
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dashboard_bump_data_version();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER plan_facts_dashboard_version AFTER INSERT OR UPDATE OR DELETE ON plan_facts
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dashboard_bump_data_version();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER plan_measurements_dashboard_version AFTER INSERT OR UPDATE OR DELETE ON plan_measurements
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dashboard_bump_data_version();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER plan_decisions_dashboard_version AFTER INSERT OR UPDATE OR DELETE ON plan_decisions
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dashboard_bump_data_version();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER budgets_dashboard_version AFTER INSERT OR UPDATE OR DELETE ON budgets
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dashboard_bump_data_version();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER budget_sources_dashboard_version AFTER INSERT OR UPDATE OR DELETE ON budget_sources
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dashboard_bump_data_version();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER budget_entries_dashboard_version AFTER INSERT OR UPDATE OR DELETE ON budget_entries
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dashboard_bump_data_version();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER import_jobs_dashboard_version AFTER UPDATE ON import_jobs
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.status = 'done') EXECUTE FUNCTION dashboard_bump_data_version();
