// Package public is a reduced copy of museum pkg/controller/public.
package public

import (
	"crypto/rand"
	"errors"
	"strings"

	"example.com/realworld/entemuseum/ente"
	"example.com/realworld/entemuseum/pkg/repo/public"
	"example.com/realworld/entemuseum/pkg/utils/auth"
	"example.com/realworld/entemuseum/third_party/gin"
	"example.com/realworld/entemuseum/third_party/stacktrace"
)

const (
	AccessTokenLength = 10
)

// CollectionLinkController controls share collection operations
// server/pkg/controller/public/collection_link.go:38 (reduced).
type CollectionLinkController struct {
	CollectionLinkRepo *public.CollectionLinkRepo
}

// CreateLink is server/pkg/controller/public/collection_link.go:48: up to five
// attempts with a fresh random token (:51) -> CollectionLinkRepo.Insert (:53);
// a collection that already has an active link is answered from the
// existing row (:59).
func (c *CollectionLinkController) CreateLink(ctx *gin.Context, req ente.CreatePublicAccessTokenRequest) (ente.PublicURL, error) {
	app := auth.GetApp(ctx)
	for range 5 {
		accessToken := strings.ToUpper(shortUUID()[0:AccessTokenLength])
		err := c.CollectionLinkRepo.
			Insert(ctx, req.CollectionID, accessToken, req.ValidTill, req.DeviceLimit, req.EnableCollect, req.EnableComment, req.EnableJoin)
		if errors.Is(err, ente.ErrAccessTokenInUse) {
			continue
		}
		if err != nil {
			if errors.Is(err, ente.ErrActiveLinkAlreadyExists) {
				collectionToPubUrlMap, err2 := c.CollectionLinkRepo.GetCollectionToActivePublicURLMap(ctx, []int64{req.CollectionID}, app) // safe: runs only after the INSERT failed on public_active_collection_unique_idx; insert first, then return the existing link
				if err2 != nil {
					return ente.PublicURL{}, stacktrace.Propagate(err2, "")
				}
				if publicUrls, ok := collectionToPubUrlMap[req.CollectionID]; ok {
					if len(publicUrls) > 0 {
						return publicUrls[0], nil
					}
				}
				// ideally we should never reach here
				return ente.PublicURL{}, stacktrace.NewError("Unexpected state")
			}
			return ente.PublicURL{}, stacktrace.Propagate(err, "")
		}

		response := ente.PublicURL{
			URL:         accessToken,
			ValidTill:   req.ValidTill,
			DeviceLimit: req.DeviceLimit,
		}
		return response, nil
	}

	return ente.PublicURL{}, stacktrace.Propagate(ente.ErrAccessTokenInUse, "failed to generate unique access token for collection link")
}

// shortUUID stands in for github.com/lithammer/shortuuid/v3 New().
func shortUUID() string {
	const alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
	b := make([]byte, 22)
	rand.Read(b)
	for i := range b {
		b[i] = alphabet[int(b[i])%len(alphabet)]
	}
	return string(b)
}
