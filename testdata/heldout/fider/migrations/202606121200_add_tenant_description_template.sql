ALTER TABLE tenants ADD COLUMN description_template TEXT NOT NULL DEFAULT '';
