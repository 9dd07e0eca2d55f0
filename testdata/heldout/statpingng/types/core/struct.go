package core

import (
	"time"

	"example.com/heldout/statpingng/types/null"
	"example.com/heldout/statpingng/utils"
)

var (
	App *Core
)

func New(version, commit string) {
	App = new(Core)
	App.Version = version
	App.Commit = commit
	App.Started = utils.Now()
}

// Core struct contains all the required fields for Statping. All application settings
// will be saved into 1 row in the 'core' table. You can use the core.CoreApp
// global variable to interact with the attributes to the application, such as services.
// Schema: table "core" (TableName), created by gorm v1 CreateTable from these
// tags: there is no primary key and no unique column at all.
type Core struct {
	Name         string          `gorm:"not null;column:name" json:"name,omitempty"`
	Description  string          `gorm:"not null;column:description" json:"description,omitempty"`
	ConfigFile   string          `gorm:"column:config" json:"-"`
	ApiSecret    string          `gorm:"column:api_secret" json:"api_secret" scope:"admin"`
	Style        string          `gorm:"not null;column:style" json:"style,omitempty"`
	Footer       null.NullString `gorm:"column:footer" json:"footer"`
	Domain       string          `gorm:"not null;column:domain" json:"domain"`
	Version      string          `gorm:"column:version" json:"version"`
	Commit       string          `gorm:"-" json:"commit"`
	Language     string          `gorm:"column:language" json:"language"`
	Setup        bool            `gorm:"-" json:"setup"`
	MigrationId  int64           `gorm:"column:migration_id" json:"migration_id,omitempty"`
	UseCdn       null.NullBool   `gorm:"column:use_cdn;default:false" json:"using_cdn,omitempty"`
	AllowReports null.NullBool   `gorm:"column:allow_reports;default:false" json:"allow_reports,omitempty"`
	CreatedAt    time.Time       `gorm:"column:created_at" json:"created_at"`
	UpdatedAt    time.Time       `gorm:"column:updated_at" json:"updated_at"`
	Started      time.Time       `gorm:"-" json:"started_on"`
}

func (Core) TableName() string {
	return "core"
}
