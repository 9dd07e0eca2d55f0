package web

// StarTweetReq reproduces internal/model/web/priv.go:70.
type StarTweetReq struct {
	SimpleInfo `json:"-" binding:"-"`
	ID         int64 `json:"id" binding:"required"`
}

// StarTweetResp reproduces internal/model/web/priv.go:75.
type StarTweetResp struct {
	Status bool `json:"status"`
}

// CollectionTweetReq reproduces internal/model/web/priv.go:79.
type CollectionTweetReq struct {
	SimpleInfo `json:"-" binding:"-"`
	ID         int64 `json:"id" binding:"required"`
}

// CollectionTweetResp reproduces internal/model/web/priv.go:84.
type CollectionTweetResp struct {
	Status bool `json:"status"`
}

// DownloadAttachmentReq reproduces internal/model/web/priv.go:191.
type DownloadAttachmentReq struct {
	BaseInfo  `form:"-" binding:"-"`
	ContentID int64 `form:"id"`
}

// DownloadAttachmentResp reproduces internal/model/web/priv.go:196.
type DownloadAttachmentResp struct {
	SignedURL string `json:"signed_url"`
}
