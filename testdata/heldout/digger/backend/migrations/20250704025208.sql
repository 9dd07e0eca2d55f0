-- Modify "projects" table
ALTER TABLE "public"."projects" DROP COLUMN "configuration_yaml";
