// Package config is a reduced copy of pg_timetable's internal/config
// (cmdparser.go): only the options the start-up path reads.
package config

// StartOpts specifies the application startup options
type StartOpts struct {
	File     []string `short:"f" long:"file" description:"SQL script or YAML chain definition file to execute during startup"`
	Replace  bool     `long:"replace" description:"Replace existing chains when loading YAML files"`
	Validate bool     `long:"validate" description:"Only validate YAML file without importing chains"`
	Init     bool     `long:"init" description:"Initialize database schema to the latest version and exit. Can be used with --upgrade"`
	Upgrade  bool     `long:"upgrade" description:"Upgrade database to the latest version"`
	Debug    bool     `long:"debug" description:"Run in debug mode. Only asynchronous chains will be executed"`
}

// CmdOptions holds command line options passed
type CmdOptions struct {
	ClientName string `short:"c" long:"clientname" description:"Unique name for application instance" env:"PGTT_CLIENTNAME"`
	ConnStr    string `long:"connstr" description:"Connection string" env:"PGTT_CONNSTR"`
	Start      StartOpts
}
