package plugin

// Reload stands in for internal/plugin's Reload (restarts a plugin's runtime
// with its saved configuration; not database code).
func Reload(short string) error { return nil }
