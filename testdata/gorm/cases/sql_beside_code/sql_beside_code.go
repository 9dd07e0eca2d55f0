// A project keeps its schema in SQL beside its Go code rather than in a
// migrations directory (nightingale's docker/initsql/a-n9e.sql, loaded by
// the database's container): a directory that holds SQL and no Go code
// but what embeds it is read. Another package's SQL (other/migrations,
// under a directory of Go code) is not: notes.title is unique there,
// not here.
package sql_beside_code

import (
	"errors"

	"gorm.io/gorm"
)

type Setting struct {
	ID    int64
	Name  string
	Value string
}

type Note struct {
	ID    int64
	Title string
}

// SettingSet: fixed, settings.name is unique in deploy/initsql/schema.sql.
func SettingSet(db *gorm.DB, name, value string) error {
	var s Setting
	err := db.Where("name = ?", name).First(&s).Error
	if err == nil {
		return db.Model(&s).Update("value", value).Error
	}
	if !errors.Is(err, gorm.ErrRecordNotFound) {
		return err
	}
	return db.Create(&Setting{Name: name, Value: value}).Error
}

// NoteAdd: reported, notes.title is unique only in another package's SQL.
func NoteAdd(db *gorm.DB, title string) error {
	var n Note
	err := db.Where("title = ?", title).First(&n).Error
	if err == nil {
		return errors.New("note exists")
	}
	if !errors.Is(err, gorm.ErrRecordNotFound) {
		return err
	}
	return db.Create(&Note{Title: title}).Error
}
