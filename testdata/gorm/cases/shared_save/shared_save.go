// Issue 17: one Save after the branches (paopao-ce's ThumbsUpComment).
// The found branch changes the row it found; the other gives the
// variable a new row; the Save after them updates the first and inserts
// the second. Two callers that both find nothing both insert. The fix
// goes back to the lookup after a unique violation, so the loser takes
// the found branch and updates the winner's row, as a serial run does.
package shared_save

import (
	"gorm.io/gorm"
)

type Thumb struct {
	ID     uint `gorm:"primaryKey"`
	UserID uint `gorm:"uniqueIndex:idx_thumb_user_item"`
	ItemID uint `gorm:"uniqueIndex:idx_thumb_user_item"`
	Up     int
}

// Toggle flips the user's thumb on the item, creating it up.
func Toggle(db *gorm.DB, userID, itemID uint) (int, error) {
	row := &Thumb{}
	err := db.Where("user_id = ? AND item_id = ?", userID, itemID).Take(row).Error
	if err == nil {
		row.Up = 1 - row.Up
	} else {
		row = &Thumb{UserID: userID, ItemID: itemID, Up: 1}
	}
	if err := db.Save(row).Error; err != nil {
		return 0, err
	}
	return row.Up, nil
}

// Bump is a negative: the Save runs on the found path only.
func Bump(db *gorm.DB, userID, itemID uint) error {
	row := &Thumb{}
	if err := db.Where("user_id = ? AND item_id = ?", userID, itemID).Take(row).Error; err != nil {
		return err
	}
	row.Up++
	return db.Save(row).Error
}
