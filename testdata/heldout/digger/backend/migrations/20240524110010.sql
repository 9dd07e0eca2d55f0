-- Modify "digger_jobs" table
ALTER TABLE "public"."digger_jobs" ADD COLUMN "terraform_output" text NULL;
