// Package entity reproduces photoprism/photoprism 382ffa89927f internal/entity (jinzhu/gorm v1 calls written against gorm.io/gorm; struct tags kept verbatim).
package entity

import (
	"sync"
	"time"

	"example.com/realworld/photoprism/internal/event"
	"example.com/realworld/photoprism/pkg/clean"
)

// subjectMutex is internal/entity/subject.go:18.
var subjectMutex = sync.Mutex{}

// Subject represents a named photo subject, typically a person.
//
// Upstream: internal/entity/subject.go:21.
type Subject struct {
	SubjUID      string     `gorm:"type:VARBINARY(42);primary_key;auto_increment:false;" json:"UID" yaml:"UID"`
	SubjType     string     `gorm:"type:VARBINARY(8);default:'';" json:"Type,omitempty" yaml:"Type,omitempty"`
	SubjSrc      string     `gorm:"type:VARBINARY(8);default:'';" json:"Src,omitempty" yaml:"Src,omitempty"`
	SubjSlug     string     `gorm:"type:VARBINARY(160);index;default:'';" json:"Slug" yaml:"-"`
	SubjName     string     `gorm:"size:160;unique_index;default:'';" json:"Name" yaml:"Name"`
	SubjAlias    string     `gorm:"size:160;default:'';" json:"Alias" yaml:"Alias"`
	SubjAbout    string     `gorm:"size:512;" json:"About" yaml:"About,omitempty"`
	SubjBio      string     `gorm:"size:2048;" json:"Bio" yaml:"Bio,omitempty"`
	SubjNotes    string     `gorm:"size:1024;" json:"Notes,omitempty" yaml:"Notes,omitempty"`
	SubjFavorite bool       `gorm:"default:false;" json:"Favorite" yaml:"Favorite,omitempty"`
	SubjHidden   bool       `gorm:"default:false;" json:"Hidden" yaml:"Hidden,omitempty"`
	SubjPrivate  bool       `gorm:"default:false;" json:"Private" yaml:"Private,omitempty"`
	SubjExcluded bool       `gorm:"default:false;" json:"Excluded" yaml:"Excluded,omitempty"`
	FileCount    int        `gorm:"default:0;" json:"FileCount" yaml:"-"`
	PhotoCount   int        `gorm:"default:0;" json:"PhotoCount" yaml:"-"`
	Thumb        string     `gorm:"type:VARBINARY(128);index;default:'';" json:"Thumb" yaml:"Thumb,omitempty"`
	ThumbSrc     string     `gorm:"type:VARBINARY(8);default:'';" json:"ThumbSrc,omitempty" yaml:"ThumbSrc,omitempty"`
	CreatedAt    time.Time  `json:"CreatedAt" yaml:"-"`
	UpdatedAt    time.Time  `json:"UpdatedAt" yaml:"-"`
	DeletedAt    *time.Time `sql:"index" json:"DeletedAt,omitempty" yaml:"-"`
}

// TableName returns the entity table name.
//
// Upstream: internal/entity/subject.go:45.
func (Subject) TableName() string {
	return "subjects"
}

// Create inserts the entity to the database.
//
// Upstream: internal/entity/subject.go:103.
func (m *Subject) Create() error {
	subjectMutex.Lock()
	defer subjectMutex.Unlock()

	return Db().Create(m).Error
}

// Deleted returns true if the entity is deleted.
//
// Upstream: internal/entity/subject.go:164.
func (m *Subject) Deleted() bool {
	if m.DeletedAt == nil {
		return false
	}

	return !m.DeletedAt.IsZero()
}

// Restore restores the entity in the database.
//
// Upstream: internal/entity/subject.go:173.
func (m *Subject) Restore() error {
	if m.Deleted() {
		m.DeletedAt = nil

		log.Infof("subject: restoring %s %s", TypeString(m.SubjType), clean.Log(m.SubjName))

		event.EntitiesCreated("subjects", []*Subject{m})

		if m.IsPerson() {
			event.Publish("count.people", event.Data{
				"count": 1,
			})
		}

		return UnscopedDb().Model(m).UpdateColumn("DeletedAt", nil).Error
	}

	return nil
}

// FirstOrCreateSubject returns the existing entity, inserts a new entity or nil in case of errors.
//
// Upstream: internal/entity/subject.go:205.
func FirstOrCreateSubject(m *Subject) *Subject {
	if m == nil {
		return nil
	} else if m.SubjName == "" {
		return nil
	}

	if found := FindSubjectByName(m.SubjName, true); found != nil { // safe: failed insert (unique_index subj_name) is followed by a re-lookup
		return found
	} else if err := m.Create(); err == nil {
		log.Infof("subject: added %s %s", TypeString(m.SubjType), clean.Log(m.SubjName))

		event.EntitiesCreated("subjects", []*Subject{m})

		if m.IsPerson() {
			event.Publish("count.people", event.Data{
				"count": 1,
			})
		}

		return m
	} else if found = FindSubjectByName(m.SubjName, true); found != nil {
		return found
	} else {
		log.Errorf("subject: failed to add %s (%s)", clean.Log(m.SubjName), err)
	}

	return nil
}

// FindSubjectByName find an existing subject by name.
//
// Upstream: internal/entity/subject.go:252.
func FindSubjectByName(name string, restore bool) *Subject {
	name = clean.Name(name)

	if name == "" {
		return nil
	}

	result := Subject{}

	// Fetch existing record by uid, if possible (SubjNames name cache lookup trimmed)

	// Search existing record by name, otherwise.
	if result.SubjUID != "" {
	} else if err := UnscopedDb().Where("subj_name LIKE ?", name).First(&result).Error; err != nil {
		log.Debugf("subject: %s does not exist yet", clean.Log(name))
		return nil
	}

	// Restore record if flagged as deleted.
	if result.Deleted() && restore {
		if err := result.Restore(); err == nil {
			log.Debugf("subject: restored %s", clean.Log(result.SubjName))
			return &result
		} else {
			log.Errorf("subject: failed to restore %s (%s)", clean.Log(result.SubjName), err)
			return nil
		}
	}

	return &result
}

// IsPerson tests if the subject is a person.
//
// Upstream: internal/entity/subject.go:291.
func (m *Subject) IsPerson() bool {
	return m.SubjType == SubjPerson
}

// SubjPerson is internal/entity/subject_person.go:10.
const SubjPerson = "person"

// TypeString is internal/entity/string.go:47.
func TypeString(entityType string) string {
	if entityType == "" {
		return "unknown"
	}

	return entityType
}
