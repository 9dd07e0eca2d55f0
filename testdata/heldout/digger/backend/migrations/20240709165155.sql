-- Modify "digger_batches" table
ALTER TABLE "public"."digger_batches" ADD COLUMN "gitlab_project_id" bigint NULL;
