package dbr

import (
	"strings"

	"gorm.io/gorm"
)

// PostVisibleT reproduces internal/dao/jinzhu/dbr/post.go:15.
// PostVisibleT 可访问类型，可见性: 0私密 10充电可见 20订阅可见 30保留 40保留 50好友可见 60关注可见 70保留 80保留 90公开',
type PostVisibleT uint8

// The constants reproduce internal/dao/jinzhu/dbr/post.go:17.
const (
	PostVisitPublic    PostVisibleT = 90
	PostVisitPrivate   PostVisibleT = 0
	PostVisitFriend    PostVisibleT = 50
	PostVisitFollowing PostVisibleT = 60
)

// Post reproduces internal/dao/jinzhu/dbr/post.go:28.
type Post struct {
	*Model
	UserID          int64        `json:"user_id"`
	CommentCount    int64        `json:"comment_count"`
	CollectionCount int64        `json:"collection_count"`
	ShareCount      int64        `json:"share_count"`
	UpvoteCount     int64        `json:"upvote_count"`
	Visibility      PostVisibleT `json:"visibility"`
	IsTop           int          `json:"is_top"`
	IsEssence       int          `json:"is_essence"`
	IsLock          int          `json:"is_lock"`
	LatestRepliedOn int64        `json:"latest_replied_on"`
	Tags            string       `json:"tags"`
	AttachmentPrice int64        `json:"attachment_price"`
	IP              string       `json:"ip"`
	IPLoc           string       `json:"ip_loc"`
}

// PostFormated reproduces internal/dao/jinzhu/dbr/post.go:46.
type PostFormated struct {
	ID              int64                  `json:"id"`
	UserID          int64                  `json:"user_id"`
	User            *UserFormated          `json:"user"`
	Contents        []*PostContentFormated `json:"contents"`
	CommentCount    int64                  `json:"comment_count"`
	CollectionCount int64                  `json:"collection_count"`
	ShareCount      int64                  `json:"share_count"`
	UpvoteCount     int64                  `json:"upvote_count"`
	Visibility      PostVisibleT           `json:"visibility"`
	IsTop           int                    `json:"is_top"`
	IsEssence       int                    `json:"is_essence"`
	IsLock          int                    `json:"is_lock"`
	LatestRepliedOn int64                  `json:"latest_replied_on"`
	CreatedOn       int64                  `json:"created_on"`
	ModifiedOn      int64                  `json:"modified_on"`
	Tags            map[string]int8        `json:"tags"`
	AttachmentPrice int64                  `json:"attachment_price"`
	IPLoc           string                 `json:"ip_loc"`
}

// Format reproduces internal/dao/jinzhu/dbr/post.go:83.
func (p *Post) Format() *PostFormated {
	if p.Model != nil {
		tagsMap := map[string]int8{}
		for _, tag := range strings.Split(p.Tags, ",") {
			tagsMap[tag] = 1
		}
		return &PostFormated{
			ID:              p.ID,
			UserID:          p.UserID,
			User:            &UserFormated{},
			Contents:        []*PostContentFormated{},
			CommentCount:    p.CommentCount,
			CollectionCount: p.CollectionCount,
			ShareCount:      p.ShareCount,
			UpvoteCount:     p.UpvoteCount,
			Visibility:      p.Visibility,
			IsTop:           p.IsTop,
			IsEssence:       p.IsEssence,
			IsLock:          p.IsLock,
			LatestRepliedOn: p.LatestRepliedOn,
			CreatedOn:       p.CreatedOn,
			ModifiedOn:      p.ModifiedOn,
			AttachmentPrice: p.AttachmentPrice,
			Tags:            tagsMap,
			IPLoc:           p.IPLoc,
		}
	}

	return nil
}

// Get reproduces internal/dao/jinzhu/dbr/post.go:127.
func (p *Post) Get(db *gorm.DB) (*Post, error) {
	var post Post
	if p.Model != nil && p.ID > 0 {
		db = db.Where("id = ? AND is_del = ?", p.ID, 0)
	} else {
		return nil, gorm.ErrRecordNotFound
	}

	err := db.First(&post).Error
	if err != nil {
		return &post, err
	}

	return &post, nil
}

// Update reproduces internal/dao/jinzhu/dbr/post.go:218.
func (p *Post) Update(db *gorm.DB) error {
	return db.Model(&Post{}).Where("id = ? AND is_del = ?", p.Model.ID, 0).Save(p).Error
}
