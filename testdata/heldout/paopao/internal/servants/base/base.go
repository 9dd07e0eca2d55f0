// Package base reproduces rocboss/paopao-ce 0b35d12b74c0 internal/servants/base (trimmed).
package base

import (
	"example.com/heldout/paopao/internal/core"
	"example.com/heldout/paopao/internal/core/ms"
)

// DaoServant reproduces internal/servants/base/base.go:36 (trimmed to the data service).
type DaoServant struct {
	Ds core.DataService
}

// GetTweetBy reproduces internal/servants/base/base.go:284.
func (s *DaoServant) GetTweetBy(id int64) (*ms.PostFormated, error) {
	post, err := s.Ds.GetPostByID(id)
	if err != nil {
		return nil, err
	}
	postContents, err := s.Ds.GetPostContentsByIDs([]int64{post.ID})
	if err != nil {
		return nil, err
	}
	users, err := s.Ds.GetUsersByIDs([]int64{post.UserID})
	if err != nil {
		return nil, err
	}
	// 数据整合
	postFormated := post.Format()
	for _, user := range users {
		postFormated.User = user.Format()
	}
	for _, content := range postContents {
		if content.PostID == post.ID {
			postFormated.Contents = append(postFormated.Contents, content.Format())
		}
	}
	return postFormated, nil
}

// PushPostToSearch stands in for internal/servants/base/base.go:357 (search indexing is out of scope).
func (s *DaoServant) PushPostToSearch(post *ms.Post) {
	_ = post
}
