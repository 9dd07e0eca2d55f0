ALTER TABLE tenants ADD allowed_schemes TEXT NOT NULL DEFAULT '';
