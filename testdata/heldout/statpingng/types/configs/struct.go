package configs

import "example.com/heldout/statpingng/database"

const SqliteFilename = "statping.db"

// DbConfig struct is used for the Db connection and creates the 'config.yml' file
// (trimmed of unrelated settings).
type DbConfig struct {
	DbConn      string `yaml:"connection,omitempty" json:"connection"`
	DbHost      string `yaml:"host,omitempty" json:"-"`
	DbUser      string `yaml:"user,omitempty" json:"-"`
	DbPass      string `yaml:"password,omitempty" json:"-"`
	DbData      string `yaml:"database,omitempty" json:"-"`
	DbPort      int    `yaml:"port,omitempty" json:"-"`
	ApiSecret   string `yaml:"api_secret,omitempty" json:"-"`
	Language    string `yaml:"language,omitempty" json:"language"`
	Project     string `yaml:"-" json:"-"`
	Description string `yaml:"-" json:"-"`
	Domain      string `yaml:"-" json:"-"`
	Username    string `yaml:"-" json:"-"`
	Password    string `yaml:"-" json:"-"`
	Email       string `yaml:"-" json:"-"`
	SqlFile     string `yaml:"sqlfile,omitempty" json:"-"`

	Db database.Database `yaml:"-" json:"-"`
}
