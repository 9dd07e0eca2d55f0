package config

// Named is a named device configuration (trimmed).
type Named struct {
	Name  string
	Type  string
	Other map[string]any
}
