package site_info

import (
	"context"
	"encoding/json"

	"example.com/heldout/answer/internal/base/constant"
	"example.com/heldout/answer/internal/base/data"
	"example.com/heldout/answer/internal/base/reason"
	"example.com/heldout/answer/internal/entity"
	"example.com/heldout/answer/third_party/pacman/errors"
	"example.com/heldout/answer/third_party/pacman/log"
	"xorm.io/builder"
)

// siteInfoRepo reproduces internal/repo/site_info/siteinfo_repo.go:36.
type siteInfoRepo struct {
	data *data.Data
}

// NewSiteInfo reproduces internal/repo/site_info/siteinfo_repo.go:40.
// Returns the concrete type (upstream: siteinfo_common.SiteInfoRepo).
func NewSiteInfo(data *data.Data) *siteInfoRepo {
	return &siteInfoRepo{
		data: data,
	}
}

// SaveByType reproduces internal/repo/site_info/siteinfo_repo.go:47.
// SaveByType save site setting by type
func (sr *siteInfoRepo) SaveByType(ctx context.Context, siteType string, data *entity.SiteInfo) (err error) {
	old := &entity.SiteInfo{}
	exist, err := sr.data.DB.Context(ctx).Where(builder.Eq{"type": siteType}).Get(old) // race
	if err != nil {
		return errors.InternalServer(reason.DatabaseError).WithError(err).WithStack()
	}
	if exist {
		_, err = sr.data.DB.Context(ctx).ID(old.ID).Update(data)
	} else {
		_, err = sr.data.DB.Context(ctx).Insert(data)
	}
	if err != nil {
		return errors.InternalServer(reason.DatabaseError).WithError(err).WithStack()
	}
	sr.setCache(ctx, siteType, data)
	return
}

// setCache reproduces internal/repo/site_info/siteinfo_repo.go:96.
func (sr *siteInfoRepo) setCache(ctx context.Context, siteType string, siteInfo *entity.SiteInfo) {
	siteInfoCache, _ := json.Marshal(siteInfo)
	err := sr.data.Cache.SetString(ctx,
		constant.SiteInfoCacheKey+siteType, string(siteInfoCache), constant.SiteInfoCacheTime)
	if err != nil {
		log.Error(err)
	}
}
