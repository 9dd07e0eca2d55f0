package dbr

// Comment reproduces internal/dao/jinzhu/dbr/comment.go:14.
type Comment struct {
	*Model
	PostID          int64  `json:"post_id"`
	UserID          int64  `json:"user_id"`
	IP              string `json:"ip"`
	IPLoc           string `json:"ip_loc"`
	IsEssence       int8   `json:"is_essense"`
	ReplyCount      int32  `json:"reply_count"`
	ThumbsUpCount   int32  `json:"thumbs_up_count"`
	ThumbsDownCount int32  `json:"-"`
}
