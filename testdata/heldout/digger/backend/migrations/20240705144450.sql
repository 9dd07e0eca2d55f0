-- Modify "project_runs" table
ALTER TABLE "public"."project_runs" ADD COLUMN "actor_username" text NULL;
