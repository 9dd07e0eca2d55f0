CREATE UNIQUE INDEX idea_slug_tenant_key ON ideas (tenant_id, slug);
