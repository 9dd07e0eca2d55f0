package dbr

// TweetCommentThumbs reproduces internal/dao/jinzhu/dbr/comment_thumbs.go:7.
type TweetCommentThumbs struct {
	*Model
	UserID       int64 `json:"user_id"`
	TweetID      int64 `json:"tweet_id"`
	CommentID    int64 `json:"comment_id"`
	ReplyID      int64 `json:"reply_id"`
	CommentType  int8  `json:"comment_type"`
	IsThumbsUp   int8  `json:"is_thumbs_up"`
	IsThumbsDown int8  `json:"is_thumbs_down"`
}
