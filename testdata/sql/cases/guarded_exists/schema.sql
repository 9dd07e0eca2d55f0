CREATE TABLE entitlements (tenant_id TEXT PRIMARY KEY, dag BOOLEAN NOT NULL);
CREATE TABLE operators (id BIGSERIAL PRIMARY KEY, tenant_id TEXT NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL, UNIQUE (tenant_id, kind));
