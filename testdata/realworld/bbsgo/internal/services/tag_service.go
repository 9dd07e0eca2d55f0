// Package services reproduces mlogclub/bbs-go 35f4190d73eb internal/services.
package services

import (
	"example.com/realworld/bbsgo/internal/models"
	"example.com/realworld/bbsgo/internal/repositories"
	"example.com/realworld/bbsgo/third_party/simple/sqls"
)

// TagService is internal/services/tag_service.go:17.
var TagService = newTagService()

// newTagService is internal/services/tag_service.go:19.
func newTagService() *tagService {
	return &tagService{}
}

// tagService is internal/services/tag_service.go:23.
type tagService struct {
}

// GetOrCreate is internal/services/tag_service.go:84.
func (s *tagService) GetOrCreate(name string) (*models.Tag, error) {
	return repositories.TagRepository.GetOrCreate(sqls.DB(), name)
}
