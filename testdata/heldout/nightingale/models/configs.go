package models

import (
	"time"

	"example.com/heldout/nightingale/pkg/ctx"

	"github.com/pkg/errors"
	"gorm.io/gorm/clause"
)

// Configs reproduces models/configs.go:23 (table configs,
// docker/initsql/a-n9e.sql:56-68: only PRIMARY KEY (id). The Postgres init
// script declares UNIQUE (ckey) (a-n9e-for-Postgres.sql:70), but MigrateTables
// drops it on every start: DropUniqueFiledLimit(db, &Configs{}, "ckey",
// "configs_ckey_key") (models/migrate/migrate.go:340), because built-in and
// external (user variable) configs may share a ckey).
type Configs struct { //ckey+external
	Id        int64  `json:"id" gorm:"primaryKey"`
	Ckey      string `json:"ckey"` // Before inserting external configs, check if they are already defined as built-in configs.
	Cval      string `json:"cval"`
	Note      string `json:"note"`
	External  int    `json:"external"`  //Controls frontend list display: 0 hides built-in (default), 1 shows external
	Encrypted int    `json:"encrypted"` //Indicates whether the value(cval) is encrypted (1 for ciphertext, 0 for plaintext(default))
	CreateAt  int64  `json:"create_at"`
	CreateBy  string `json:"create_by"`
	UpdateAt  int64  `json:"update_at"`
	UpdateBy  string `json:"update_by"`
}

func (Configs) TableName() string {
	return "configs"
}

func configExternalEq(value int) clause.Eq {
	return clause.Eq{
		Column: clause.Column{Name: "external"},
		Value:  value,
	}
}

var (
	ConfigExternal = 1 //external type
)

// ConfigsSet reproduces models/configs.go:213.
func ConfigsSet(ctx *ctx.Context, ckey, cval string) error {
	return ConfigsSetWithUname(ctx, ckey, cval, "default")
}

// ConfigsSetWithUname reproduces models/configs.go:216 (lookup :217, insert
// :226, update :236). Callers: configPutByKey (router_configs.go:44, PUT
// /api/n9e/config), embeddedDashboardsPut (:56), the notify-config handlers
// (router_notify_config.go:49/73/110/134/166), and through ConfigsSet the
// start-up initialisers InitJWTSigningKey / InitSalt / InitRSAPassWord
// (configs.go:116-171, after a ConfigsGet miss), rsa.InitRSAConfig
// (center/cconf/rsa/rsa_conf.go:63-86), InitSiteUrl (center/center.go:262) and
// InitNotifyConfig (notify_tpl.go:132).
func ConfigsSetWithUname(ctx *ctx.Context, ckey, cval, uName string) error { //built-in
	num, err := Count(DB(ctx).Model(&Configs{}). // race; no unique key: configs has only PRIMARY KEY (id) (a-n9e.sql:56-68); the Postgres UNIQUE (ckey) is dropped by migrate.go:340
							Where("ckey = ?", ckey).
							Where(configExternalEq(0))) //built-in type
	if err != nil {
		return errors.WithMessage(err, "failed to count configs")
	}
	now := time.Now().Unix()
	if num == 0 {
		// insert
		err = DB(ctx).Create(&Configs{
			Ckey:     ckey,
			Cval:     cval,
			CreateBy: uName,
			UpdateBy: uName,
			CreateAt: now,
			UpdateAt: now,
		}).Error
	} else {
		// update
		err = DB(ctx).Model(&Configs{}).Where("ckey=?", ckey).Updates(map[string]interface{}{
			"cval":      cval,
			"update_by": uName,
			"update_at": now,
		}).Error
	}

	return err
}

// ConfigsGet reproduces models/configs.go:173 (trimmed of the non-center
// branch that asks the center over HTTP).
func ConfigsGet(ctx *ctx.Context, ckey string) (string, error) { //select built-in type configs
	var lst []string
	err := DB(ctx).Model(&Configs{}).
		Where("ckey = ?", ckey).
		Where(configExternalEq(0)).
		Pluck("cval", &lst).Error
	if err != nil {
		return "", errors.WithMessage(err, "failed to query configs")
	}

	if len(lst) > 0 {
		return lst[0], nil
	}

	return "", nil
}
