package models

import (
	"strings"
	"time"

	"example.com/heldout/nightingale/pkg/ctx"
	"example.com/heldout/nightingale/pkg/thirdparty/logger"

	"gorm.io/gorm"
)

const PROMETHEUS = "prometheus"

// Datasource reproduces models/datasource.go:24, trimmed of the JSON mirror
// fields (table datasource, docker/initsql/a-n9e.sql:647-670:
// UNIQUE KEY (name), PRIMARY KEY (id); a-n9e-for-Postgres.sql:750 UNIQUE (name);
// identifier has no index).
type Datasource struct {
	Id             int64  `json:"id"`
	Name           string `json:"name"`
	Identifier     string `json:"identifier"`
	Description    string `json:"description"`
	PluginId       int64  `json:"plugin_id"`
	PluginType     string `json:"plugin_type"`      // prometheus
	PluginTypeName string `json:"plugin_type_name"` // Prometheus Like
	Category       string `json:"category"`         // timeseries
	ClusterName    string `json:"cluster_name"`
	Settings       string `json:"-" gorm:"settings"`
	Status         string `json:"status"`
	HTTP           string `json:"-" gorm:"http"`
	Auth           string `json:"-" gorm:"auth"`
	CreatedAt      int64  `json:"created_at"`
	UpdatedAt      int64  `json:"updated_at"`
	CreatedBy      string `json:"created_by"`
	UpdatedBy      string `json:"updated_by"`
	IsDefault      bool   `json:"is_default"`
	Weight         int    `json:"weight"`
}

func (ds *Datasource) TableName() string {
	return "datasource"
}

// Verify stands in for models/datasource.go:223 (name check + FE2DB JSON
// encoding, no database access).
func (ds *Datasource) Verify() error {
	return nil
}

// Update reproduces models/datasource.go:232.
func (ds *Datasource) Update(ctx *ctx.Context, selectField interface{}, selectFields ...interface{}) error {
	if err := ds.Verify(); err != nil {
		return err
	}

	if ds.UpdatedAt == 0 {
		ds.UpdatedAt = time.Now().Unix()
	}
	return DB(ctx).Model(ds).Session(&gorm.Session{SkipHooks: true}).Select(selectField, selectFields...).Updates(ds).Error
}

// Add reproduces models/datasource.go:243 (no lookup of its own).
func (ds *Datasource) Add(ctx *ctx.Context) error {
	if err := ds.Verify(); err != nil {
		return err
	}

	now := time.Now().Unix()
	ds.CreatedAt = now
	ds.UpdatedAt = now
	return Insert(ctx, ds)
}

// GetDatasourcesCountByName reproduces models/datasource.go:348.
func GetDatasourcesCountByName(ctx *ctx.Context, name string) (int64, error) {
	session := DB(ctx).Model(&Datasource{})
	if name != "" {
		session = session.Where("name = ?", name)
	}

	return Count(session)
}

// GetDatasourcesCountBy reproduces models/datasource.go:357. Note the upstream
// bug kept here: it compares name with "=" against "%word%", so for a name
// without literal percent signs it never matches and the caller's duplicate
// check always passes; UNIQUE KEY (name) is then the only guard.
func GetDatasourcesCountBy(ctx *ctx.Context, typ, cate, name string) (int64, error) {
	session := DB(ctx).Model(&Datasource{})

	if name != "" {
		arr := strings.Fields(name)
		for i := 0; i < len(arr); i++ {
			qarg := "%" + arr[i] + "%"
			session = session.Where("name =  ?", qarg)
		}
	}

	if typ != "" {
		session = session.Where("plugin_type = ?", typ)
	}

	if cate != "" {
		session = session.Where("category = ?", cate)
	}

	return Count(session)
}

// EmbeddedTSDBIdentifier marks the datasource auto-created for the embedded
// tsdb (models/datasource.go:645-654).
const EmbeddedTSDBIdentifier = "n9e-embedded-tsdb"

const EmbeddedTSDBName = "embedded-tsdb"

// InitEmbeddedTSDBDatasource ensures a prometheus datasource pointing at the
// embedded tsdb query endpoints exists. Idempotent: creates the record on
// first start, updates url/auth/tsdb_type if they drift (e.g. server ip changed).
//
// InitEmbeddedTSDBDatasource reproduces models/datasource.go:667 (lookup :674,
// guards :714 and :724, insert :753 via Add), trimmed of the settings/http/auth
// comparison. Called once, synchronously, from center.Initialize
// (center/center.go:184) only when [EmbeddedTSDB] is enabled; the upstream
// comment at center/center.go:140-147 states that the embedded tsdb "only fits
// single-instance deployment" and logs a warning when other center instances
// are alive.
func InitEmbeddedTSDBDatasource(ctx *ctx.Context, url, basicAuthUser, basicAuthPass string, skipTLSVerify bool) {
	var lst []*Datasource
	if err := DB(ctx).Where("identifier = ?", EmbeddedTSDBIdentifier).Find(&lst).Error; err != nil { // safe: single-instance start-up path (center.go:140-147 documents embedded tsdb as single-instance only), and the inserted fixed name is UNIQUE (a-n9e.sql:668) after the :724 name check
		logger.Warningf("InitEmbeddedTSDBDatasource query failed: %v", err)
		return
	}

	now := time.Now().Unix()

	if len(lst) > 0 {
		ds := lst[0]
		ds.UpdatedAt = now
		ds.UpdatedBy = "system"
		if err := ds.Update(ctx, "settings", "http", "auth", "updated_at", "updated_by"); err != nil {
			logger.Warningf("InitEmbeddedTSDBDatasource update failed: %v", err)
			return
		}
		logger.Infof("embedded tsdb datasource url updated to %s", url)
		return
	}

	// respect existing setups: if usable prometheus datasources already
	// exist, don't add a built-in one. Note samples are still written to the
	// local storage as long as EmbeddedTSDB is enabled.
	var promCount int64
	if err := DB(ctx).Model(&Datasource{}).Where("plugin_type = ? and status = ?", PROMETHEUS, "enabled").Count(&promCount).Error; err != nil {
		logger.Warningf("InitEmbeddedTSDBDatasource count failed: %v", err)
		return
	}
	if promCount > 0 {
		logger.Infof("embedded tsdb datasource auto register skipped: %d enabled prometheus datasource(s) already exist", promCount)
		return
	}

	var nameCount int64
	if err := DB(ctx).Model(&Datasource{}).Where("name = ?", EmbeddedTSDBName).Count(&nameCount).Error; err != nil {
		logger.Warningf("InitEmbeddedTSDBDatasource count by name failed: %v", err)
		return
	}
	if nameCount > 0 {
		logger.Warningf("datasource named %s already exists but was not created for the embedded tsdb, skip auto register", EmbeddedTSDBName)
		return
	}

	ds := &Datasource{
		Name:           EmbeddedTSDBName,
		Identifier:     EmbeddedTSDBIdentifier,
		Description:    "auto-created datasource backed by the built-in tsdb of n9e",
		PluginId:       1,
		PluginType:     PROMETHEUS,
		PluginTypeName: "Prometheus Like",
		Category:       "timeseries",
		ClusterName:    "default",
		Status:         "enabled",
		IsDefault:      true,
		CreatedBy:      "system",
		UpdatedBy:      "system",
	}

	if err := ds.Add(ctx); err != nil {
		logger.Warningf("InitEmbeddedTSDBDatasource insert failed: %v", err)
		return
	}

	logger.Infof("embedded tsdb datasource auto registered, url: %s", url)
}
