package models

import (
	"path"
	"strconv"
	"strings"
	"time"

	"example.com/heldout/photoview/api/utils"
	"github.com/pkg/errors"
	"gorm.io/gorm"
)

// Media is api/graphql/models/media.go:15. path_hash is NOT NULL UNIQUE (:19).
type Media struct {
	Model
	Title           string         `gorm:"not null"`
	Path            string         `gorm:"not null"`
	PathHash        string         `gorm:"not null;unique"`
	AlbumID         int            `gorm:"not null;index"`
	Album           Album          `gorm:"constraint:OnDelete:CASCADE;"`
	ExifID          *int           `gorm:"index"`
	Exif            *MediaEXIF     `gorm:"constraint:OnDelete:CASCADE;"`
	MediaURL        []MediaURL     `gorm:"constraint:OnDelete:CASCADE;"`
	DateShot        time.Time      `gorm:"not null"`
	Type            MediaType      `gorm:"not null;index"`
	VideoMetadataID *int           `gorm:"index"`
	VideoMetadata   *VideoMetadata `gorm:"constraint:OnDelete:CASCADE;"`
	SideCarPath     *string
	SideCarHash     *string      `gorm:"unique"`
	Faces           []*ImageFace `gorm:"constraint:OnDelete:CASCADE;"`
	Blurhash        *string      `gorm:""`
}

// TableName is api/graphql/models/media.go:35.
func (Media) TableName() string {
	return "media"
}

// BeforeSave is api/graphql/models/media.go:39.
func (m *Media) BeforeSave(tx *gorm.DB) error {
	// Update path hash
	m.PathHash = MD5Hash(m.Path)

	return nil
}

// GetThumbnail is api/graphql/models/media.go:50 (a search of the preloaded MediaURL set).
func (m *Media) GetThumbnail() (*MediaURL, error) {
	if len(m.MediaURL) == 0 {
		return nil, errors.New("media.MediaURL is empty")
	}

	for _, url := range m.MediaURL {
		if url.Purpose == PhotoThumbnail || url.Purpose == VideoThumbnail {
			url.Media = m
			return &url, nil
		}
	}

	return nil, nil
}

// GetHighRes is api/graphql/models/media.go:65 (a search of the preloaded MediaURL set).
func (m *Media) GetHighRes() (*MediaURL, error) {
	if len(m.MediaURL) == 0 {
		return nil, errors.New("media.MediaURL is empty")
	}

	for _, url := range m.MediaURL {
		if url.Purpose == PhotoHighRes {
			url.Media = m
			return &url, nil
		}
	}

	return nil, nil
}

// CachePath is api/graphql/models/media.go:80.
func (m *Media) CachePath() (string, error) {
	return utils.CachePathForMedia(m.AlbumID, m.ID)
}

// MediaType is api/graphql/models/media.go:84.
type MediaType string

const (
	MediaTypePhoto MediaType = "photo"
	MediaTypeVideo MediaType = "video"
)

// MediaPurpose is api/graphql/models/media.go:96.
type MediaPurpose string

const (
	PhotoThumbnail MediaPurpose = "thumbnail"
	PhotoHighRes   MediaPurpose = "high-res"
	MediaOriginal  MediaPurpose = "original"
	VideoWeb       MediaPurpose = "video-web"
	VideoThumbnail MediaPurpose = "video-thumbnail"
)

// MediaURL is api/graphql/models/media.go:106. media_id, media_name and purpose
// carry only plain (non-unique) indexes (:108, :110, :113); there is no unique
// key on (media_id, purpose).
type MediaURL struct {
	Model
	MediaID     int          `gorm:"not null;index"`
	Media       *Media       `gorm:"constraint:OnDelete:CASCADE;"`
	MediaName   string       `gorm:"not null;index"`
	Width       int          `gorm:"not null"`
	Height      int          `gorm:"not null"`
	Purpose     MediaPurpose `gorm:"not null;index"`
	ContentType string       `gorm:"not null"`
	FileSize    int64        `gorm:"not null"`
}

// CachedPath is api/graphql/models/media.go:130 (reduced).
func (p *MediaURL) CachedPath() (string, error) {
	if p.Media == nil {
		return "", errors.New("mediaURL.Media is nil")
	}
	if p.Purpose == MediaOriginal {
		return p.Media.Path, nil
	}
	return path.Join(utils.MediaCachePath(), strconv.Itoa(int(p.Media.AlbumID)), strconv.Itoa(int(p.MediaID)),
		p.MediaName), nil
}

// SanitizeMediaName is api/graphql/models/media.go:149.
func SanitizeMediaName(mediaName string) string {
	result := mediaName
	result = strings.ReplaceAll(result, "/", "")
	result = strings.ReplaceAll(result, "\\", "")
	result = strings.ReplaceAll(result, " ", "_")
	result = strings.ReplaceAll(result, ".", "_")
	return result
}
