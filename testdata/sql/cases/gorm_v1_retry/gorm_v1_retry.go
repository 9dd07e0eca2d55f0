// GORM v1 (github.com/jinzhu/gorm) has no savepoint for a create inside
// a transaction and no translated unique violation: its fix is the SQL
// layers' plain retry (insert once; after a failed insert go back to the
// lookup once). The case lives in the SQL module so that the replay runs
// it over database/sql on PostgreSQL, MariaDB and SQLite.
package gorm_v1_retry

import "github.com/jinzhu/gorm"

const schema = `CREATE TABLE stars (user_id INTEGER NOT NULL, album_id INTEGER NOT NULL, PRIMARY KEY (user_id, album_id));
CREATE TABLE tags (name VARCHAR(64) NOT NULL PRIMARY KEY, color VARCHAR(16) NOT NULL)`

type Star struct {
	UserID  int `gorm:"primary_key;auto_increment:false"`
	AlbumID int `gorm:"primary_key;auto_increment:false"`
}

type Tag struct {
	Name  string `gorm:"primary_key"`
	Color string
}

// StarAlbum stars the album for the user: fixed.
func StarAlbum(db *gorm.DB, user, album int) error {
	var s Star
	if err := db.Where("user_id = ? AND album_id = ?", user, album).First(&s).Error; err != nil {
		if gorm.IsRecordNotFoundError(err) {
			return db.Create(&Star{UserID: user, AlbumID: album}).Error
		}
		return err
	}
	return nil
}

// EnsureTag returns the tag of a name, created when missing: fixed.
func EnsureTag(db *gorm.DB, name string) (*Tag, error) {
	var t Tag
	err := db.Where("name = ?", name).First(&t).Error
	if gorm.IsRecordNotFoundError(err) {
		t = Tag{Name: name, Color: "new"}
		err = db.Create(&t).Error
	}
	if err != nil {
		return nil, err
	}
	return &t, nil
}

// FindTag looks the tag up with v1's Find into one struct, which fails
// with ErrRecordNotFound when no row matched (gophish's GetPageByName):
// fixed.
func FindTag(db *gorm.DB, name string) (*Tag, error) {
	var t Tag
	err := db.Where("name = ?", name).Find(&t).Error
	if err == gorm.ErrRecordNotFound {
		t = Tag{Name: name, Color: "found"}
		err = db.Create(&t).Error
	}
	if err != nil {
		return nil, err
	}
	return &t, nil
}

// TagColor tests RecordNotFound() in place, which is false when the
// query fails: the fix is withheld, with the reason.
func TagColor(db *gorm.DB, name string) (string, error) {
	var t Tag
	if db.Where("name = ?", name).First(&t).RecordNotFound() {
		t = Tag{Name: name, Color: "new"}
		if err := db.Create(&t).Error; err != nil {
			return "", err
		}
	}
	return t.Color, nil
}

// TagFOC returns the tag of a name through v1's FirstOrCreate: fixed.
func TagFOC(db *gorm.DB, name string) (*Tag, error) {
	var t Tag
	if err := db.Where(Tag{Name: name}).Attrs(Tag{Color: "new"}).FirstOrCreate(&t).Error; err != nil {
		return nil, err
	}
	return &t, nil
}
