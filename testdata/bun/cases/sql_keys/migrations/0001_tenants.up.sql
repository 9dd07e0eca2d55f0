CREATE TABLE tenants (
    id BIGSERIAL PRIMARY KEY,
    slug VARCHAR(64) NOT NULL,
    plan VARCHAR(32) NOT NULL DEFAULT 'free'
);

CREATE UNIQUE INDEX tenants_slug_key ON tenants (slug);
