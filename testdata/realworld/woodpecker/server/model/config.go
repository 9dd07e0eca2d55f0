package model

// Config is server/model/config.go:19. UNIQUE(s) = (repo_id, hash, name)
// (:21-23).
type Config struct {
	ID     int64  `json:"-"    xorm:"pk autoincr 'id'"`
	RepoID int64  `json:"-"    xorm:"UNIQUE(s) 'repo_id'"`
	Hash   string `json:"hash" xorm:"UNIQUE(s) 'hash'"`
	Name   string `json:"name" xorm:"UNIQUE(s) 'name'"`
	Data   []byte `json:"data" xorm:"LONGBLOB 'data'"`
} //	@name	Config

func (Config) TableName() string {
	return "configs"
}

// PipelineConfig is the n:n relation between Pipeline and Config
// (server/model/config.go:32, UNIQUE(s) = (config_id, pipeline_id) :33-34).
type PipelineConfig struct {
	ConfigID   int64 `json:"-"   xorm:"UNIQUE(s) NOT NULL 'config_id'"`
	PipelineID int64 `json:"-"   xorm:"UNIQUE(s) NOT NULL 'pipeline_id'"`
}

func (PipelineConfig) TableName() string {
	return "pipeline_configs"
}
