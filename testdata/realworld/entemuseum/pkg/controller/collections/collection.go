// Package collections is a reduced copy of museum pkg/controller/collections.
package collections

import (
	"fmt"
	"slices"

	"example.com/realworld/entemuseum/ente"
	"example.com/realworld/entemuseum/pkg/repo"
	"example.com/realworld/entemuseum/pkg/utils/time"
	"example.com/realworld/entemuseum/third_party/stacktrace"
)

// CollectionController encapsulates logic that deals with collections
// server/pkg/controller/collections/collection.go:29 (reduced).
type CollectionController struct {
	CollectionRepo *repo.CollectionRepository
	UserRepo       *repo.UserRepository
}

// Create creates a collection
// server/pkg/controller/collections/collection.go:47 (called by the
// collection create handler in server/pkg/api/collection.go; the key
// validation is trimmed). The INSERT runs first (:67); only when it fails on
// the favorites/uncategorized partial unique index is the existing special
// collection read (:70).
func (c *CollectionController) Create(collection ente.Collection, ownerID int64) (ente.Collection, error) {
	// The key attribute check is to ensure that user does not end up uploading any files before actually setting the key attributes.
	if _, keyErr := c.UserRepo.GetKeyAttributes(ownerID); keyErr != nil {
		return ente.Collection{}, stacktrace.Propagate(keyErr, "Unable to get keyAttributes")
	}
	collectionType := collection.Type
	app := collection.App
	collection.Owner.ID = ownerID
	collection.UpdationTime = time.Microseconds()
	if collection.Type == "CollectionType.album" {
		collection.Type = "album"
	}
	if !slices.Contains(ente.ValidCollectionTypes, collection.Type) {
		return ente.Collection{}, stacktrace.Propagate(fmt.Errorf("unexpected collection type %s", collection.Type), "")
	}
	collection, err := c.CollectionRepo.Create(collection)
	if err != nil {
		if err == ente.ErrUncategorizeCollectionAlreadyExists || err == ente.ErrFavoriteCollectionAlreadyExist {
			dbCollection, err := c.CollectionRepo.GetCollectionByType(ownerID, collectionType, app) // safe: runs only after the INSERT failed on the favorites/uncategorized partial unique index; insert first, then read the winner
			if err != nil {
				return ente.Collection{}, stacktrace.Propagate(err, "")
			}
			if dbCollection.IsDeleted {
				return ente.Collection{}, stacktrace.Propagate(fmt.Errorf("special collection of type : %s is deleted", collectionType), "")
			}
			return dbCollection, nil
		}
		return ente.Collection{}, stacktrace.Propagate(err, "")
	}
	return collection, nil
}
