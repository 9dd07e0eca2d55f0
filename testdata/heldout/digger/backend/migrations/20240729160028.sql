-- Modify "job_artefacts" table
ALTER TABLE "public"."job_artefacts" ADD COLUMN "filename" text NULL;
