// Package entity reproduces photoprism/photoprism 382ffa89927f internal/entity (jinzhu/gorm v1 calls written against gorm.io/gorm; struct tags kept verbatim).
package entity

import (
	"fmt"
	"sync/atomic"
	"time"

	"example.com/realworld/photoprism/pkg/clean"
)

// TableName returns the entity table name.
//
// Upstream: internal/entity/marker.go:58.
func (Marker) TableName() string {
	return "markers"
}

// InvalidArea tests if the marker area is invalid or out of range.
//
// Upstream: internal/entity/marker.go:369.
func (m *Marker) InvalidArea() error {
	if m.MarkerType != MarkerFace {
		return nil
	}

	// Ok?
	if false == (m.X > 1 || m.Y > 1 || m.X < 0 || m.Y < 0 || m.W <= 0 || m.H <= 0 || m.W > 1 || m.H > 1) {
		return nil
	}

	return fmt.Errorf("invalid %s crop area x=%d%% y=%d%% w=%d%% h=%d%%", TypeString(m.MarkerType), int(m.X*100), int(m.Y*100), int(m.W*100), int(m.H*100))
}

// Create inserts a new row to the database.
//
// Upstream: internal/entity/marker.go:394.
func (m *Marker) Create() error {
	if err := m.InvalidArea(); err != nil {
		return err
	}

	UpdateFaces.Store(true)

	return Db().Create(m).Error
}

// CreateMarkerIfNotExists updates a marker in the database or creates a new one if needed.
//
// Upstream: internal/entity/marker.go:725.
func CreateMarkerIfNotExists(m *Marker) (*Marker, error) {
	result := Marker{}

	if m.MarkerUID != "" {
		return m, nil
	} else if Db().Where("file_uid = ? AND marker_type = ? AND thumb = ?", m.FileUID, m.MarkerType, m.Thumb).
		First(&result).Error == nil { // race
		return &result, nil
	} else if err := m.Create(); err != nil {
		return m, err
	} else {
		log.Debugf("markers: added %s %s for file %s", TypeString(m.MarkerType), clean.Log(m.MarkerUID), clean.Log(m.FileUID))
	}

	return m, nil
}

// Marker is internal/entity/marker.go:27: represents an image marker point
// (embedding, face and subject association fields trimmed).
type Marker struct {
	MarkerUID     string     `gorm:"type:VARBINARY(42);primary_key;auto_increment:false;" json:"UID" yaml:"UID"`
	FileUID       string     `gorm:"type:VARBINARY(42);index;default:'';" json:"FileUID" yaml:"FileUID"`
	MarkerType    string     `gorm:"type:VARBINARY(8);default:'';" json:"Type" yaml:"Type"`
	MarkerSrc     string     `gorm:"type:VARBINARY(8);default:'';" json:"Src" yaml:"Src,omitempty"`
	MarkerName    string     `gorm:"type:VARCHAR(160);" json:"Name" yaml:"Name,omitempty"`
	MarkerReview  bool       `json:"Review" yaml:"Review,omitempty"`
	MarkerInvalid bool       `json:"Invalid" yaml:"Invalid,omitempty"`
	SubjUID       string     `gorm:"type:VARBINARY(42);index:idx_markers_subj_uid_src;" json:"SubjUID" yaml:"SubjUID,omitempty"`
	SubjSrc       string     `gorm:"type:VARBINARY(8);index:idx_markers_subj_uid_src;default:'';" json:"SubjSrc" yaml:"SubjSrc,omitempty"`
	FaceID        string     `gorm:"type:VARBINARY(64);index;" json:"FaceID" yaml:"FaceID,omitempty"`
	X             float32    `gorm:"type:FLOAT;" json:"X" yaml:"X,omitempty"`
	Y             float32    `gorm:"type:FLOAT;" json:"Y" yaml:"Y,omitempty"`
	W             float32    `gorm:"type:FLOAT;" json:"W" yaml:"W,omitempty"`
	H             float32    `gorm:"type:FLOAT;" json:"H" yaml:"H,omitempty"`
	Thumb         string     `gorm:"type:VARBINARY(128);index;default:'';" json:"Thumb" yaml:"Thumb,omitempty"`
	MatchedAt     *time.Time `sql:"index" json:"MatchedAt" yaml:"MatchedAt,omitempty"`
	CreatedAt     time.Time
	UpdatedAt     time.Time
}

// MarkerFace is internal/entity/marker.go:22.
const MarkerFace = "face"

// UpdateFaces is internal/entity/face.go:18.
var UpdateFaces = atomic.Bool{}
