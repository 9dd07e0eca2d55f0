-- Modify "digger_jobs" table
ALTER TABLE "public"."digger_jobs" ADD COLUMN "plan_footprint" bytea NULL;
