-- Modify "digger_jobs" table
ALTER TABLE "public"."digger_jobs" ADD COLUMN "workflow_run_url" text NULL;
