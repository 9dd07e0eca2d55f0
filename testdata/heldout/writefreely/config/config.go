// Package config is a reduced copy of github.com/writefreely/writefreely/config
// (config/config.go): only the fields the catalogued code paths read.
package config

type (
	// ServerCfg holds values that affect how the HTTP server runs
	ServerCfg struct {
		PagesParentDir string `ini:"pages_parent_dir"`
		KeysParentDir  string `ini:"keys_parent_dir"`

		HashSeed string `ini:"hash_seed"`
	}

	// DatabaseCfg holds values that determine how the application connects to a datastore
	DatabaseCfg struct {
		Type     string `ini:"type"`
		FileName string `ini:"filename"`
		User     string `ini:"username"`
		Password string `ini:"password"`
		Database string `ini:"database"`
		Host     string `ini:"host"`
		Port     int    `ini:"port"`
		TLS      bool   `ini:"tls"`
	}

	// AppCfg holds values that affect how the application functions
	AppCfg struct {
		SiteName string `ini:"site_name"`
		Host     string `ini:"host"`

		// Users
		SingleUser       bool `ini:"single_user"`
		OpenRegistration bool `ini:"open_registration"`
		MinUsernameLen   int  `ini:"min_username_len"`

		// Federation
		Federation bool `ini:"federation"`
		NotesOnly  bool `ini:"notes_only"`

		// Access
		Private bool `ini:"private"`

		// Defaults
		DefaultVisibility string `ini:"default_visibility"`

		// Disable password authentication if use only Oauth
		DisablePasswordAuth bool `ini:"disable_password_auth"`
	}

	// Config holds the complete configuration for running a writefreely instance
	Config struct {
		Server   ServerCfg   `ini:"server"`
		Database DatabaseCfg `ini:"database"`
		App      AppCfg      `ini:"app"`
	}
)
