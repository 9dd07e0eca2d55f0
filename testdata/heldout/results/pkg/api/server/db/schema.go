package db

// LegacySchema is the hand-written PostgreSQL schema shipped as results.sql in
// the sql-initdb-config ConfigMap (upstream
// tools/postgres-migrate/config/postgres.yaml:38-52). The API server itself
// creates the tables with db.AutoMigrate(&model.Result{}, &model.Record{})
// (pkg/api/server/v1alpha2/server.go:95-99) from the gorm tags in model.go:
// results_by_name is UNIQUE (parent, name), and records_by_name merges the
// uniqueIndex tags of Parent/ResultName with the index tag of Name into one
// UNIQUE index (parent, result_name, name) (gorm schema.ParseIndexes keeps the
// class of the first field declaring the index).
const LegacySchema = `CREATE TABLE results (
	parent varchar(64),
	id varchar(64),

	name varchar(64),
	annotations jsonb,

	created_time timestamp default current_timestamp not null,
	updated_time timestamp default current_timestamp not null,
	
	etag varchar(128),

	PRIMARY KEY(parent, id)
);
CREATE UNIQUE INDEX results_by_name ON results(parent, name);

CREATE TABLE records (
	parent varchar(64),
	result_id varchar(64),
	id varchar(64),

	result_name varchar(64),
	name varchar(64),

	type varchar(128),
	data jsonb,

	created_time timestamp default current_timestamp not null,
	updated_time timestamp default current_timestamp not null,

	etag varchar(128),

	PRIMARY KEY(parent, result_id, id),
	FOREIGN KEY(parent, result_id) REFERENCES results(parent, id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX records_by_name ON records(parent, result_name, name);
`
