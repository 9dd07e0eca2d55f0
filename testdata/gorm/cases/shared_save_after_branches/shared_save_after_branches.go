// Issue 17: one shared save after branches (bbs-go's sys config): the
// lookup's destination is given a new record where no row was found,
// both paths set its fields, and a test of its primary key picks update
// or create. The new record has no primary key, so the test still tells
// the outcomes apart: reported, through the repository. A record given
// a primary key where none was found goes to Save, which inserts it: a
// race all the same, reported.
package shared_save_after_branches

import "gorm.io/gorm"

type SysConfig struct {
	Id    int64  `gorm:"primaryKey;autoIncrement"`
	Key   string `gorm:"size:128;unique"`
	Value string
}

type repo struct{}

var Repo = &repo{}

func (r *repo) Take(db *gorm.DB, where ...interface{}) *SysConfig {
	ret := &SysConfig{}
	if err := db.Take(ret, where...).Error; err != nil {
		return nil
	}
	return ret
}

func (r *repo) GetByKey(db *gorm.DB, key string) *SysConfig {
	if len(key) == 0 {
		return nil
	}
	return r.Take(db, "`key` = ?", key)
}

func (r *repo) Create(db *gorm.DB, t *SysConfig) (err error) {
	err = db.Create(t).Error
	return
}

func (r *repo) Update(db *gorm.DB, t *SysConfig) (err error) {
	err = db.Save(t).Error
	return
}

func Set(db *gorm.DB, key, value string) error {
	cfg := Repo.GetByKey(db, key)
	if cfg == nil {
		cfg = &SysConfig{}
	}
	cfg.Key = key
	cfg.Value = value
	var err error
	if cfg.Id > 0 {
		err = Repo.Update(db, cfg)
	} else {
		err = Repo.Create(db, cfg)
	}
	return err
}

// SetWithID gives the new record a primary key: Save inserts it.
func SetWithID(db *gorm.DB, key, value string, id int64) error {
	cfg := Repo.GetByKey(db, key)
	if cfg == nil {
		cfg = &SysConfig{Id: id}
	}
	cfg.Value = value
	if cfg.Id > 0 {
		return Repo.Update(db, cfg)
	}
	return Repo.Create(db, cfg)
}
