-- Modify "digger_jobs" table
ALTER TABLE "public"."digger_jobs" ADD COLUMN "workflow_file" text NULL;
