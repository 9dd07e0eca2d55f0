// Find into a slice, then len(rows) == 0.
package find_len_rows

import "gorm.io/gorm"

type Tag struct {
	ID   uint
	Name string `gorm:"uniqueIndex"`
}

func TagFor(db *gorm.DB, name string) (*Tag, error) {
	var tags []Tag
	if err := db.Where("name = ?", name).Limit(1).Find(&tags).Error; err != nil {
		return nil, err
	}
	if len(tags) == 0 {
		t := Tag{Name: name}
		if err := db.Create(&t).Error; err != nil {
			return nil, err
		}
		return &t, nil
	}
	return &tags[0], nil
}
