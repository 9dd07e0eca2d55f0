package resolvers

import (
	"context"

	"example.com/heldout/photoview/api/graphql/models"
)

// SiteInfo is api/graphql/resolvers/site_info.go:17 (query siteInfo).
func (r *queryResolver) SiteInfo(ctx context.Context) (*models.SiteInfo, error) {
	return models.GetSiteInfo(r.DB(ctx))
}
