package dbr

import (
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// PostCollection reproduces internal/dao/jinzhu/dbr/post_collection.go:14.
type PostCollection struct {
	*Model
	Post   *Post `json:"-"`
	PostID int64 `db:"post_id" json:"post_id"`
	UserID int64 `db:"user_id" json:"user_id"`
}

// Get reproduces internal/dao/jinzhu/dbr/post_collection.go:21.
func (p *PostCollection) Get(db *gorm.DB) (*PostCollection, error) {
	var star PostCollection
	tn := db.NamingStrategy.TableName("PostCollection") + "."

	if p.Model != nil && p.ID > 0 {
		db = db.Where(tn+"id = ? AND "+tn+"is_del = ?", p.ID, 0)
	}
	if p.PostID > 0 {
		db = db.Where(tn+"post_id = ?", p.PostID)
	}
	if p.UserID > 0 {
		db = db.Where(tn+"user_id = ?", p.UserID)
	}

	db = db.Joins("Post").Where("visibility <> ? OR (visibility = ? AND ? = ?)", PostVisitPrivate, PostVisitPrivate, clause.Column{Table: "Post", Name: "user_id"}, p.UserID).Order(clause.OrderByColumn{Column: clause.Column{Table: "Post", Name: "id"}, Desc: true})
	err := db.First(&star).Error
	if err != nil {
		return &star, err
	}

	return &star, nil
}

// Create reproduces internal/dao/jinzhu/dbr/post_collection.go:44.
func (p *PostCollection) Create(db *gorm.DB) (*PostCollection, error) {
	err := db.Omit("Post").Create(&p).Error

	return p, err
}

// Delete reproduces internal/dao/jinzhu/dbr/post_collection.go:50.
func (p *PostCollection) Delete(db *gorm.DB) error {
	return db.Model(&PostCollection{}).Omit("Post").Where("id = ? AND is_del = ?", p.Model.ID, 0).Updates(map[string]any{
		"deleted_on": time.Now().Unix(),
		"is_del":     1,
	}).Error
}
