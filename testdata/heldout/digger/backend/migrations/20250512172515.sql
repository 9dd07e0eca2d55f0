-- Modify "digger_jobs" table
ALTER TABLE "public"."digger_jobs" ADD COLUMN "pr_comment_id" bigint NULL;
