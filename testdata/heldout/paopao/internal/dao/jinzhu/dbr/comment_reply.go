package dbr

// CommentReply reproduces internal/dao/jinzhu/dbr/comment_reply.go:14.
type CommentReply struct {
	*Model
	CommentID       int64  `db:"comment_id" json:"comment_id"`
	UserID          int64  `db:"user_id" json:"user_id"`
	AtUserID        int64  `db:"at_user_id" json:"at_user_id"`
	Content         string `json:"content"`
	IP              string `json:"ip"`
	IPLoc           string `json:"ip_loc"`
	ThumbsUpCount   int32  `json:"thumbs_up_count"`
	ThumbsDownCount int32  `json:"-"`
}
