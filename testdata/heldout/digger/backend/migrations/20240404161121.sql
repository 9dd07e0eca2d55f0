-- Modify "digger_run_stages" table
ALTER TABLE "public"."digger_run_stages" DROP COLUMN "run_id";
