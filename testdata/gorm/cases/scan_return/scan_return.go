// A list looked up by the key, then scanned by a loop that returns the
// row that matches, then a create (ech0's CreateTag): a race, reported
// without a fix (the found test is the loop). A loop that returns on
// something else than a field of the row is no found test: no site.
package scan_return

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

type Tag struct {
	ID   uint   `gorm:"primaryKey"`
	Name string `gorm:"uniqueIndex;size:64"`
}

// TagsByNames lists the tags of those names.
func TagsByNames(ctx context.Context, db *gorm.DB, names []string) ([]*Tag, error) {
	var tags []*Tag
	if err := db.WithContext(ctx).Where("name IN ?", names).Find(&tags).Error; err != nil {
		return nil, err
	}
	return tags, nil
}

// CreateTag returns the tag of that name, created when missing.
func CreateTag(ctx context.Context, db *gorm.DB, name string) (*Tag, error) {
	existing, err := TagsByNames(ctx, db, []string{name})
	if err != nil {
		return nil, err
	}
	for _, t := range existing {
		if t != nil && t.Name == name {
			return t, nil
		}
	}
	tag := &Tag{Name: name}
	if err := db.WithContext(ctx).Create(tag).Error; err != nil {
		return nil, err
	}
	return tag, nil
}

// AddTag gives up on a nil entry only: no found test, no site.
func AddTag(ctx context.Context, db *gorm.DB, name string) error {
	existing, err := TagsByNames(ctx, db, []string{name})
	if err != nil {
		return err
	}
	for _, t := range existing {
		if t == nil {
			return errors.New("nil tag")
		}
	}
	return db.WithContext(ctx).Create(&Tag{Name: name + "-copy"}).Error
}

// EnsureDefault stops at any row named "default": a row with an
// attribute, not the row of a key: no site.
func EnsureDefault(ctx context.Context, db *gorm.DB, name string) error {
	existing, err := TagsByNames(ctx, db, []string{name})
	if err != nil {
		return err
	}
	for _, t := range existing {
		if t.Name == "default" {
			return nil
		}
	}
	return db.WithContext(ctx).Create(&Tag{Name: name}).Error
}
