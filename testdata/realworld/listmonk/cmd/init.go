package main

import (
	"maps"
	"path"

	"github.com/jmoiron/sqlx"

	"example.com/realworld/listmonk/models"
	"example.com/realworld/listmonk/third_party/goyesql"
	"example.com/realworld/listmonk/third_party/goyesqlx"
	"example.com/realworld/listmonk/third_party/stuffbin"
)

const (
	queryFilePath = "/queries"
)

// readQueries reads named SQL queries from the SQL queries directory (queries/*.sql)
// and returns them. upstream cmd/init.go:371
func readQueries(dir string, fs stuffbin.FileSystem) goyesql.Queries {
	out := goyesql.Queries{}

	// Glob all the .sql files in the queries directory.
	qPath := path.Join(dir, "/*.sql")
	files, err := fs.Glob(qPath)
	if err != nil {
		lo.Fatalf("error reading *.sql query files from %s: %v", qPath, err)
	}

	// Read and merge queries from all files into one map.
	for _, file := range files {
		// Read the SQL file.
		b, err := fs.Read(file)
		if err != nil {
			lo.Fatalf("error reading SQL file %s: %v", file, err)
		}

		// Parse queries in it into a map.
		mp, err := goyesql.ParseBytes(b)
		if err != nil {
			lo.Fatalf("error parsing SQL queries: %v", err)
		}

		// Merge into the main query map.
		maps.Copy(out, mp)
	}

	return out
}

// prepareQueries queries prepares a query map and returns a *Queries
// upstream cmd/init.go:403 (the analytics query rewrites are trimmed).
func prepareQueries(qMap goyesql.Queries, db *sqlx.DB) *models.Queries {
	// Scan and prepare all queries.
	var q models.Queries
	if err := goyesqlx.ScanToStruct(&q, qMap, db); err != nil {
		lo.Fatalf("error preparing SQL queries: %v", err)
	}

	return &q
}
