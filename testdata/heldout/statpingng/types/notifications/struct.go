package notifications

import (
	"time"

	"example.com/heldout/statpingng/types/null"
	"example.com/heldout/statpingng/utils"
)

var (
	log = utils.Log.WithField("type", "notifier")
)

// Notification contains all the fields for a Statping Notifier.
// Schema: created by gorm v1 CreateTable/AutoMigrate from these tags
// (types/configs/database.go CreateDatabase, types/configs/migration.go
// MigrateDatabase): only id is a primary key; method has no unique tag and no
// index is added on it.
type Notification struct {
	Id          int64           `gorm:"primary_key;column:id" json:"id"`
	Method      string          `gorm:"column:method" json:"method"`
	Host        null.NullString `gorm:"column:host" json:"host,omitempty"`
	Port        null.NullInt64  `gorm:"column:port" json:"port,omitempty"`
	Username    null.NullString `gorm:"column:username" json:"username,omitempty"`
	Password    null.NullString `gorm:"column:password" json:"password,omitempty"`
	Var1        null.NullString `gorm:"column:var1" json:"var1,omitempty"`
	Var2        null.NullString `gorm:"column:var2" json:"var2,omitempty"`
	ApiKey      null.NullString `gorm:"column:api_key" json:"api_key,omitempty"`
	ApiSecret   null.NullString `gorm:"column:api_secret" json:"api_secret,omitempty"`
	Enabled     null.NullBool   `gorm:"column:enabled;type:boolean;default:false" json:"enabled,omitempty"`
	Limits      int             `gorm:"not null;column:limits" json:"limits"`
	Removable   bool            `gorm:"column:removable" json:"removable"`
	SuccessData null.NullString `gorm:"type:text;column:success_data" json:"success_data,omitempty"`
	FailureData null.NullString `gorm:"type:text;column:failure_data" json:"failure_data,omitempty"`
	DataType    string          `gorm:"-" json:"data_type,omitempty"`
	RequestInfo string          `gorm:"-" json:"request_info,omitempty"`
	CreatedAt   time.Time       `gorm:"column:created_at" json:"created_at"`
	UpdatedAt   time.Time       `gorm:"column:updated_at" json:"updated_at"`
	Title       string          `gorm:"-" json:"title"`
	Description string          `gorm:"-" json:"description"`
	Author      string          `gorm:"-" json:"author"`
	AuthorUrl   string          `gorm:"-" json:"author_url"`
	Icon        string          `gorm:"-" json:"icon"`
	Delay       time.Duration   `gorm:"-" json:"delay,string"`
}

type Values struct {
	Host      string
	Port      int64
	Username  string
	Password  string
	Var1      string
	Var2      string
	ApiKey    string
	ApiSecret string
}
