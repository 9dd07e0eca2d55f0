package model

// ServerConfig represents a key-value pair for storing server configurations
// (server/model/server_config.go:18, primary key `key` :19).
type ServerConfig struct {
	Key   string `json:"key"   xorm:"pk 'key'"`
	Value string `json:"value" xorm:"value"`
}

// TableName return database table name for xorm.
func (ServerConfig) TableName() string {
	return "server_configs"
}
