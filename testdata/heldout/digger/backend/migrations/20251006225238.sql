-- Modify "organisations" table
ALTER TABLE "public"."organisations" ADD COLUMN "admin_email" text NULL;
