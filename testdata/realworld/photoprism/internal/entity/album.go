// Package entity reproduces photoprism/photoprism 382ffa89927f internal/entity (jinzhu/gorm v1 calls written against gorm.io/gorm; struct tags kept verbatim).
package entity

import (
	"fmt"
	"os"
	"strings"
	"time"

	gc "github.com/patrickmn/go-cache"

	"example.com/realworld/photoprism/internal/event"
	"example.com/realworld/photoprism/pkg/clean"
	"example.com/realworld/photoprism/pkg/rnd"
	"example.com/realworld/photoprism/pkg/txt"
)

// Album types and UID prefixes, internal/entity/album.go:22, photo.go:26, auth_user.go:29.
const (
	AlbumUID     = byte('a')
	PhotoUID     = byte('p')
	AlbumManual  = "album"
	AlbumFolder  = "folder"
	OwnerUnknown = ""
)

// albumCache is internal/entity/album_cache.go:13.
var albumCache = gc.New(15*time.Minute, 15*time.Minute)

// Album is internal/entity/album.go:33: represents a photo album (no unique
// key besides album_uid, which BeforeCreate generates).
type Album struct {
	ID            uint        `gorm:"primary_key" json:"ID" yaml:"-"`
	AlbumUID      string      `gorm:"type:VARBINARY(42);unique_index;" json:"UID" yaml:"UID"`
	AlbumSlug     string      `gorm:"type:VARBINARY(160);index;" json:"Slug" yaml:"Slug"`
	AlbumPath     string      `gorm:"type:VARCHAR(1024);index;" json:"Path,omitempty" yaml:"Path,omitempty"`
	AlbumType     string      `gorm:"type:VARBINARY(8);default:'album';" json:"Type" yaml:"Type,omitempty"`
	AlbumTitle    string      `gorm:"type:VARCHAR(160);index;" json:"Title" yaml:"Title"`
	AlbumFilter   string      `gorm:"type:VARBINARY(2048);" json:"Filter" yaml:"Filter,omitempty"`
	AlbumOrder    string      `gorm:"type:VARBINARY(32);" json:"Order" yaml:"Order,omitempty"`
	AlbumYear     int         `gorm:"index:idx_albums_country_year_month;" json:"Year" yaml:"Year,omitempty"`
	AlbumMonth    int         `gorm:"index:idx_albums_country_year_month;" json:"Month" yaml:"Month,omitempty"`
	AlbumDay      int         `json:"Day" yaml:"Day,omitempty"`
	AlbumFavorite bool        `json:"Favorite" yaml:"Favorite,omitempty"`
	AlbumCountry  string      `gorm:"type:VARBINARY(2);index:idx_albums_country_year_month;default:'zz'" json:"Country" yaml:"Country,omitempty"`
	CreatedBy     string      `gorm:"type:VARBINARY(42);index" json:"CreatedBy,omitempty" yaml:"CreatedBy,omitempty"`
	CreatedAt     time.Time   `json:"CreatedAt" yaml:"CreatedAt,omitempty"`
	UpdatedAt     time.Time   `json:"UpdatedAt" yaml:"UpdatedAt,omitempty"`
	PublishedAt   *time.Time  `sql:"index" json:"PublishedAt,omitempty" yaml:"PublishedAt,omitempty"`
	DeletedAt     *time.Time  `sql:"index" json:"DeletedAt" yaml:"DeletedAt,omitempty"`
	Photos        PhotoAlbums `gorm:"foreignkey:AlbumUID;association_foreignkey:AlbumUID;" json:"-" yaml:"Photos,omitempty"`
}

// UpdateAlbum is internal/entity/album.go:85.
func UpdateAlbum(albumUID string, values interface{}) (err error) {
	if rnd.InvalidUID(albumUID, AlbumUID) {
		return fmt.Errorf("album: invalid uid %s", clean.Log(albumUID))
	} else if err = Db().Model(Album{}).Where("album_uid = ?", albumUID).UpdateColumns(values).Error; err != nil {
		return err
	}

	return nil
}

// AddPhotoToUserAlbums is internal/entity/album.go:101: adds a photo UID to
// multiple albums and automatically creates them as a user if needed.
func AddPhotoToUserAlbums(photoUid string, albums []string, userUid string) (err error) {
	if photoUid == "" || len(albums) == 0 {
		// Do nothing.
		return nil
	}

	if !rnd.IsUID(photoUid, PhotoUID) {
		return fmt.Errorf("album: can not add invalid photo uid %s", clean.Log(photoUid))
	}

	for _, album := range albums {
		var albumUid string

		if album == "" {
			log.Debugf("album: cannot add photo uid %s because album id was not specified", clean.Log(photoUid))
			continue
		}

		if rnd.IsUID(album, AlbumUID) {
			albumUid = album
		} else {
			a := NewUserAlbum(album, AlbumManual, userUid)

			if found := a.Find(); found != nil { // race
				albumUid = found.AlbumUID
			} else if err = a.Create(); err == nil {
				albumUid = a.AlbumUID
			} else {
				log.Errorf("album: %s (add photo %s to albums)", err.Error(), photoUid)
			}
		}

		if albumUid != "" {
			entry := PhotoAlbum{AlbumUID: albumUid, PhotoUID: photoUid, Hidden: false}

			if err = entry.Save(); err != nil {
				log.Errorf("album: %s (add photo %s to albums)", err.Error(), photoUid)
			}

			// Refresh updated timestamp.
			err = UpdateAlbum(albumUid, Map{"updated_at": TimeStamp()})
		}
	}

	return err
}

// NewUserAlbum is internal/entity/album.go:154: creates a new album owned by a user.
func NewUserAlbum(albumTitle, albumType, userUid string) *Album {
	now := Now()

	// Set default type.
	if albumType == "" {
		albumType = AlbumManual
	}

	// Set default values.
	result := &Album{
		AlbumOrder: "oldest",
		AlbumType:  albumType,
		CreatedAt:  now,
		UpdatedAt:  now,
		CreatedBy:  userUid,
	}

	// Set album title.
	result.SetTitle(albumTitle)

	return result
}

// NewFolderAlbum is internal/entity/album.go:178: creates a new folder album.
func NewFolderAlbum(albumTitle, albumPath, albumFilter string) *Album {
	albumSlug := txt.Slug(albumPath)

	if albumTitle == "" || albumSlug == "" || albumPath == "" || albumFilter == "" {
		return nil
	}

	now := Now()

	result := &Album{
		AlbumOrder:  "added",
		AlbumType:   AlbumFolder,
		AlbumSlug:   txt.Clip(albumSlug, txt.ClipSlug),
		AlbumPath:   txt.Clip(albumPath, txt.ClipPath),
		AlbumFilter: albumFilter,
		CreatedAt:   now,
		UpdatedAt:   now,
	}

	result.SetTitle(albumTitle)

	return result
}

// FindFolderAlbum is internal/entity/album.go:340: finds a matching folder album or returns nil.
func FindFolderAlbum(albumPath string) *Album {
	albumPath = strings.Trim(albumPath, string(os.PathSeparator))
	albumSlug := txt.Slug(albumPath)

	if albumSlug == "" {
		return nil
	}

	m := Album{}

	stmt := UnscopedDb().Where("album_type = ?", AlbumFolder).
		Where("album_slug = ? OR album_path = ?", albumSlug, albumPath)

	if stmt.First(&m).Error != nil {
		return nil
	}

	return &m
}

// FindAlbum is internal/entity/album.go:361: retrieves the matching record from
// the database and updates the entity.
func FindAlbum(find Album) *Album {
	m := Album{}

	// Search by UID.
	if rnd.IsUID(find.AlbumUID, AlbumUID) {
		if UnscopedDb().First(&m, "album_uid = ?", find.AlbumUID).Error != nil {
			return nil
		} else if m.AlbumUID != "" {
			albumCache.SetDefault(m.AlbumUID, m)
			return &m
		}
	}

	// Otherwise, album type and slug are required.
	if find.AlbumType == "" || find.AlbumSlug == "" {
		return nil
	}

	// Create search condition.
	stmt := UnscopedDb().Where("album_type = ?", find.AlbumType)

	// Search by slug and filter or title.
	if find.AlbumType != AlbumManual {
		if find.AlbumFilter != "" {
			stmt = stmt.Where("album_slug = ? OR album_filter = ?", find.AlbumSlug, find.AlbumFilter)
		} else {
			stmt = stmt.Where("album_slug = ?", find.AlbumSlug)
		}
	} else {
		stmt = stmt.Where("album_slug = ? OR album_title LIKE ?", find.AlbumSlug, find.AlbumTitle)
	}

	// Filter by creator if the album has not been published yet.
	if find.CreatedBy != "" {
		stmt = stmt.Where("published_at > ? OR created_by = ?", Now(), find.CreatedBy)
	}

	// Find first matching record.
	if stmt.First(&m).Error != nil {
		return nil
	}

	// Cache result.
	if m.AlbumUID != "" {
		albumCache.SetDefault(m.AlbumUID, m)
	}

	return &m
}

// HasID is internal/entity/album.go:412: tests if the album has a valid id and uid.
func (m *Album) HasID() bool {
	if m == nil {
		return false
	}

	return m.ID > 0 && rnd.IsUID(m.AlbumUID, AlbumUID)
}

// Find is internal/entity/album.go:421: retrieves the matching record from the
// database and updates the entity.
func (m *Album) Find() *Album {
	return FindAlbum(*m)
}

// SetTitle is internal/entity/album.go:473: changes the album name.
func (m *Album) SetTitle(title string) *Album {
	title = strings.Trim(title, "_&|{}<>: \n\r\t\\")
	title = txt.Shorten(title, txt.ClipDefault, txt.Ellipsis)

	if title == "" {
		title = m.CreatedAt.Format("January 2006")
	}

	m.AlbumTitle = title

	if m.AlbumType == AlbumManual || m.AlbumSlug == "" {
		if len(m.AlbumTitle) < txt.ClipSlug {
			m.AlbumSlug = txt.Slug(m.AlbumTitle)
		} else {
			m.AlbumSlug = txt.Slug(m.AlbumTitle) + "-" + m.AlbumUID
		}
	}

	if m.AlbumSlug == "" {
		m.AlbumSlug = "-"
	}

	return m
}

// Updates is internal/entity/album.go:632: updates multiple columns in the database.
func (m *Album) Updates(values interface{}) error {
	return UnscopedDb().Model(m).UpdateColumns(values).Error
}

// UpdateFolder is internal/entity/album.go:641 (trimmed): updates the path, filter and slug for a folder album.
func (m *Album) UpdateFolder(albumPath, albumFilter string) error {
	if !m.HasID() {
		return fmt.Errorf("album does not exist")
	}

	albumPath = strings.Trim(albumPath, string(os.PathSeparator))
	albumSlug := txt.Slug(albumPath)

	return m.Updates(map[string]interface{}{
		"AlbumPath":   albumPath,
		"AlbumFilter": albumFilter,
		"AlbumSlug":   albumSlug,
	})
}

// Create is internal/entity/album.go:680: inserts a new row to the database.
func (m *Album) Create() error {
	if err := Db().Create(m).Error; err != nil {
		return err
	}

	event.PublishUserEntities("albums", event.EntityCreated, []*Album{m}, m.CreatedBy)

	return nil
}

// Deleted is internal/entity/album.go:754.
func (m *Album) Deleted() bool {
	if m.DeletedAt == nil {
		return false
	}

	return !m.DeletedAt.IsZero()
}

// Restore is internal/entity/album.go:763: restores the entity in the database.
func (m *Album) Restore() error {
	if !m.HasID() {
		return fmt.Errorf("album does not exist")
	}

	if !m.Deleted() {
		return nil
	}

	if err := UnscopedDb().Model(m).Update("DeletedAt", nil).Error; err != nil {
		return err
	}

	m.DeletedAt = nil

	event.PublishUserEntities("albums", event.EntityCreated, []*Album{m}, m.CreatedBy)

	return nil
}

// LoadFromYaml is internal/entity/album_yaml.go:120: photo album values from a YAML file.
func (m *Album) LoadFromYaml(fileName string) error {
	if m == nil {
		return fmt.Errorf("album entity is nil - you may have found a bug")
	} else if fileName == "" {
		return fmt.Errorf("yaml filename is empty")
	}

	data, err := os.ReadFile(fileName)

	if err != nil {
		return err
	}

	m.AlbumTitle = string(data) // yaml.Unmarshal(data, m) trimmed

	return nil
}
