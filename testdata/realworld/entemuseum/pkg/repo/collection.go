package repo

import (
	"database/sql"

	"example.com/realworld/entemuseum/ente"
	"example.com/realworld/entemuseum/third_party/stacktrace"
)

// CollectionRepository defines the methods for inserting, updating and
// retrieving collection entities from the underlying repository
// server/pkg/repo/collection.go:26
type CollectionRepository struct {
	DB *sql.DB
}

// Create creates a collection
// server/pkg/repo/collection.go:43 (INSERT :50; the partial unique indexes on
// favorites/uncategorized are mapped to sentinel errors).
func (repo *CollectionRepository) Create(c ente.Collection) (ente.Collection, error) {

	err := repo.DB.QueryRow(`INSERT INTO collections(owner_id, encrypted_key, key_decryption_nonce, name, type, updation_time, app) 
        VALUES($1, $2, $3, $4, $5, $6, $7) RETURNING collection_id`,
		c.Owner.ID, c.EncryptedKey, c.KeyDecryptionNonce, c.Name, c.Type, c.UpdationTime, c.App).Scan(&c.ID)
	if err != nil {
		if err.Error() == "pq: duplicate key value violates unique constraint \"collections_favorites_constraint_index\"" ||
			err.Error() == "pq: duplicate key value violates unique constraint \"collections_favorites_constraint_index_v2\"" {
			return ente.Collection{}, ente.ErrFavoriteCollectionAlreadyExist
		} else if err.Error() == "pq: duplicate key value violates unique constraint \"collections_uncategorized_constraint_index_v2\"" {
			return ente.Collection{}, ente.ErrUncategorizeCollectionAlreadyExists
		}
	}
	return c, stacktrace.Propagate(err, "")
}

// GetCollectionByType is server/pkg/repo/collection.go:137 (SELECT :138,
// column list trimmed).
func (repo *CollectionRepository) GetCollectionByType(userID int64, collectionType string, app string) (ente.Collection, error) {
	row := repo.DB.QueryRow(`SELECT collection_id, owner_id, encrypted_key, key_decryption_nonce, name, type, updation_time, is_deleted
        FROM collections
        WHERE owner_id = $1 and type = $2 and app = $3`, userID, collectionType, app)
	var c ente.Collection
	var name sql.NullString
	if err := row.Scan(&c.ID, &c.Owner.ID, &c.EncryptedKey, &c.KeyDecryptionNonce, &name, &c.Type, &c.UpdationTime, &c.IsDeleted); err != nil {
		return c, stacktrace.Propagate(err, "")
	}
	c.Name = name.String
	return c, nil
}
