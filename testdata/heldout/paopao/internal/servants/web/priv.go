package web

import (
	"example.com/heldout/paopao/internal/core"
	"example.com/heldout/paopao/internal/core/ms"
	"example.com/heldout/paopao/internal/model/web"
	"example.com/heldout/paopao/internal/servants/base"
	"example.com/heldout/paopao/pkg/xerror"
	"example.com/heldout/paopao/third_party/logrus"
)

// privSrv reproduces internal/servants/web/priv.go:37 (trimmed).
type privSrv struct {
	*base.DaoServant
	oss core.ObjectStorageService
}

// DownloadAttachment reproduces internal/servants/web/priv.go:202.
func (s *privSrv) DownloadAttachment(req *web.DownloadAttachmentReq) (*web.DownloadAttachmentResp, error) {
	content, err := s.Ds.GetPostContentByID(req.ContentID)
	if err != nil {
		logrus.Errorf("s.GetPostContentByID err: %v", err)
		return nil, web.ErrInvalidDownloadReq
	}
	// 收费附件
	if content.Type == ms.ContentTypeChargeAttachment {
		post, err := s.GetTweetBy(content.PostID)
		if err != nil {
			logrus.Errorf("s.GetTweetBy err: %v", err)
			return nil, xerror.ServerError
		}
		paidFlag := false
		// 发布者或管理员免费下载 或者 检测是否有购买记录
		// race
		if post.UserID == req.User.ID || req.User.IsAdmin || s.checkPostAttachmentIsPaid(post.ID, req.User.ID) {
			paidFlag = true
		}
		// 未购买，则尝试购买
		if !paidFlag {
			err := s.buyPostAttachment(&ms.Post{
				Model: &ms.Model{
					ID: post.ID,
				},
				UserID:          post.UserID,
				AttachmentPrice: post.AttachmentPrice,
			}, req.User)
			if err != nil {
				return nil, err
			}
		}
	}
	// 签发附件下载链接
	objectKey := s.oss.ObjectKey(content.Content)
	signedURL, err := s.oss.SignURL(objectKey, 60)
	if err != nil {
		logrus.Errorf("client.SignURL err: %v", err)
		return nil, web.ErrDownloadReqError
	}
	return &web.DownloadAttachmentResp{
		SignedURL: signedURL,
	}, nil
}

// CollectionTweet reproduces internal/servants/web/priv.go:606.
func (s *privSrv) CollectionTweet(req *web.CollectionTweetReq) (*web.CollectionTweetResp, error) {
	status := false
	// race
	collection, err := s.Ds.GetUserPostCollection(req.ID, req.Uid)
	if err != nil {
		// 创建Star
		if _, xerr := s.createPostCollection(req.ID, req.Uid); xerr != nil {
			return nil, xerr
		}
		status = true
	} else {
		// 取消Star
		if xerr := s.deletePostCollection(collection); xerr != nil {
			return nil, xerr
		}
	}
	return &web.CollectionTweetResp{
		Status: status,
	}, nil
}

// StarTweet reproduces internal/servants/web/priv.go:626.
func (s *privSrv) StarTweet(req *web.StarTweetReq) (*web.StarTweetResp, error) {
	status := false
	// race
	star, err := s.Ds.GetUserPostStar(req.ID, req.Uid)
	if err != nil {
		// 创建Star
		if _, xerr := s.createPostStar(req.ID, req.Uid); xerr != nil {
			return nil, xerr
		}
		status = true
	} else {
		// 取消Star
		if xerr := s.deletePostStar(star); xerr != nil {
			return nil, xerr
		}
	}
	return &web.StarTweetResp{
		Status: status,
	}, nil
}

// createPostStar reproduces internal/servants/web/priv.go:779.
func (s *privSrv) createPostStar(postID, userID int64) (*ms.PostStar, error) {
	// safe: not-found returns an error (the Post must exist); the insert is of another model (PostStar), gated by the caller StarTweet
	post, err := s.Ds.GetPostByID(postID)
	if err != nil {
		return nil, xerror.ServerError
	}

	// 私密post不可操作
	// TODO: 使用统一的permission checker来检查权限问题，这里好友可见post就没处理，是bug
	if post.Visibility == core.PostVisitPrivate && post.UserID != userID {
		return nil, web.ErrNoPermission
	}

	star, err := s.Ds.CreatePostStar(postID, userID)
	if err != nil {
		return nil, xerror.ServerError
	}

	// 更新Post点赞数
	post.UpvoteCount++
	s.Ds.UpdatePost(post)

	// 更新索引
	s.PushPostToSearch(post)
	return star, nil
}

// deletePostStar reproduces internal/servants/web/priv.go:805.
func (s *privSrv) deletePostStar(star *ms.PostStar) error {
	post, err := s.Ds.GetPostByID(star.PostID)
	if err != nil {
		return xerror.ServerError
	}

	// 私密post特殊处理
	// TODO: 使用统一的permission checker来检查权限问题，这里好友可见post就没处理，是bug
	if post.Visibility == core.PostVisitPrivate && post.UserID != star.UserID {
		return web.ErrNoPermission
	}

	if err = s.Ds.DeletePostStar(star); err != nil {
		return xerror.ServerError
	}

	// 更新Post点赞数
	post.UpvoteCount--
	s.Ds.UpdatePost(post)

	// 更新索引
	s.PushPostToSearch(post)
	return nil
}

// createPostCollection reproduces internal/servants/web/priv.go:830.
func (s *privSrv) createPostCollection(postID, userID int64) (*ms.PostCollection, error) {
	// safe: not-found returns an error (the Post must exist); the insert is of another model (PostCollection), gated by the caller CollectionTweet
	post, err := s.Ds.GetPostByID(postID)
	if err != nil {
		return nil, xerror.ServerError
	}

	// 私密post特殊处理
	// TODO: 使用统一的permission checker来检查权限问题，这里好友可见post就没处理，是bug
	if post.Visibility == core.PostVisitPrivate && post.UserID != userID {
		return nil, web.ErrNoPermission
	}

	collection, err := s.Ds.CreatePostCollection(postID, userID)
	if err != nil {
		return nil, xerror.ServerError
	}

	// 更新Post点赞数
	post.CollectionCount++
	s.Ds.UpdatePost(post)

	// 更新索引
	s.PushPostToSearch(post)
	return collection, nil
}

// deletePostCollection reproduces internal/servants/web/priv.go:856.
func (s *privSrv) deletePostCollection(collection *ms.PostCollection) error {
	post, err := s.Ds.GetPostByID(collection.PostID)
	if err != nil {
		return xerror.ServerError
	}

	// 私密post特殊处理
	// TODO: 使用统一的permission checker来检查权限问题，这里好友可见post就没处理，是bug
	if post.Visibility == core.PostVisitPrivate && post.UserID != collection.UserID {
		return web.ErrNoPermission
	}
	if err = s.Ds.DeletePostCollection(collection); err != nil {
		return xerror.ServerError
	}

	// 更新Post点赞数
	post.CollectionCount--
	s.Ds.UpdatePost(post)

	// 更新索引
	s.PushPostToSearch(post)
	return nil
}

// checkPostAttachmentIsPaid reproduces internal/servants/web/priv.go:880.
func (s *privSrv) checkPostAttachmentIsPaid(postID, userID int64) bool {
	bill, err := s.Ds.GetPostAttatchmentBill(postID, userID)
	return err == nil && bill.Model != nil && bill.ID > 0
}

// buyPostAttachment reproduces internal/servants/web/priv.go:885.
func (s *privSrv) buyPostAttachment(post *ms.Post, user *ms.User) error {
	if user.Balance < post.AttachmentPrice {
		return web.ErrInsuffientDownloadMoney
	}
	// 执行购买
	if err := s.Ds.HandlePostAttachmentBought(post, user); err != nil {
		logrus.Errorf("Ds.HandlePostAttachmentBought err: %s", err)
		return xerror.ServerError
	}
	return nil
}
