-- lakeFS has no SQL migration files: pkg/kv/postgres/store.go:182-188
-- (setupKeyValueDatabase, commit 71a45eeb1639d146d34b8effd7e86d077160ed7c)
-- creates the one table every lakeFS entity lives in, from a Go string
-- literal, with the table name "kv" (DefaultTableName, store.go:46) spliced in
-- via pgx.Identifier{table}.Sanitize(). Verbatim statement text, identifier
-- substituted:
CREATE TABLE IF NOT EXISTS "kv" (
		partition_key BYTEA NOT NULL,
		key BYTEA NOT NULL,
		value BYTEA NOT NULL,
		PRIMARY KEY (partition_key, key))
	PARTITION BY HASH (partition_key);
-- store.go:192-201 then creates 100 hash partitions "kv_0" .. "kv_99"
-- (CREATE TABLE IF NOT EXISTS "kv_<i>" PARTITION OF "kv" FOR VALUES WITH
-- (MODULUS 100,REMAINDER <i>)), which inherit the primary key.
