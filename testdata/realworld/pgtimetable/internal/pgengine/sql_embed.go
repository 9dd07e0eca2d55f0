package pgengine

import _ "embed"

//go:embed sql/init.sql
var sqlInit string

//go:embed sql/ddl.sql
var sqlDDL string

// (trimmed: sql/cron.sql, sql/json_schema.sql, sql/job_functions.sql)
var sqlCron, sqlJSONSchema, sqlJobFunctions string
