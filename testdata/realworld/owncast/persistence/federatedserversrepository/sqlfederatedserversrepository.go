package federatedserversrepository

import (
	"context"
	"database/sql"
	"time"

	"example.com/realworld/owncast/db"
	"example.com/realworld/owncast/models"
	"example.com/realworld/owncast/services/datastore"
)

// FederatedServersRepository is persistence/federatedserversrepository/federatedserversrepository.go
// (reduced).
type FederatedServersRepository interface {
	GetFederatedServer(iri string) (*models.FederatedServer, error)
	RemoveFederatedServer(id int64) error
	RemoveFederatedServerByIRI(iri string) error
	UpdateFollowStatus(iri, followStatus string, pending bool, acceptedAt, rejectedAt *time.Time) error
}

// SqlFederatedServersRepository is a SQL implementation of the FederatedServersRepository interface.
type SqlFederatedServersRepository struct {
	datastore *datastore.Datastore
}

var temporaryGlobalInstance FederatedServersRepository

// SetGlobalInstance registers the application's single repository.
func SetGlobalInstance(r FederatedServersRepository) {
	temporaryGlobalInstance = r
}

// Get returns the global FederatedServersRepository.
func Get() FederatedServersRepository {
	return temporaryGlobalInstance
}

// New will create a new instance of the FederatedServersRepository.
func New(datastore *datastore.Datastore) FederatedServersRepository {
	return &SqlFederatedServersRepository{
		datastore: datastore,
	}
}

// GetFederatedServer is persistence/federatedserversrepository/sqlfederatedserversrepository.go:62
// (query at :64).
func (r *SqlFederatedServersRepository) GetFederatedServer(iri string) (*models.FederatedServer, error) {
	queries := db.New(r.datastore.DB)
	server, err := queries.GetFederatedServer(context.Background(), iri)
	if err != nil {
		return nil, err
	}

	return &models.FederatedServer{ID: server.ID, IRI: server.Iri, FollowStatus: server.FollowStatus.String}, nil
}

// RemoveFederatedServer is sqlfederatedserversrepository.go:129.
func (r *SqlFederatedServersRepository) RemoveFederatedServer(id int64) error {
	queries := db.New(r.datastore.DB)
	return queries.RemoveFederatedServer(context.Background(), id)
}

// RemoveFederatedServerByIRI is sqlfederatedserversrepository.go:135.
func (r *SqlFederatedServersRepository) RemoveFederatedServerByIRI(iri string) error {
	// First get the server to find its ID
	server, err := r.GetFederatedServer(iri) // safe: guards a delete of the found row; nothing is inserted
	if err != nil {
		return err
	}
	if server == nil {
		return nil // Server doesn't exist, nothing to remove
	}
	return r.RemoveFederatedServer(server.ID)
}

// UpdateFollowStatus is sqlfederatedserversrepository.go:148.
func (r *SqlFederatedServersRepository) UpdateFollowStatus(iri, followStatus string, pending bool, acceptedAt, rejectedAt *time.Time) error {
	queries := db.New(r.datastore.DB)

	params := db.UpdateFederatedServerFollowStatusParams{
		FollowStatus: sql.NullString{String: followStatus, Valid: true},
		Pending:      sql.NullBool{Bool: pending, Valid: true},
		Iri:          iri,
	}
	if acceptedAt != nil {
		params.AcceptedAt = sql.NullTime{Time: *acceptedAt, Valid: true}
	}
	if rejectedAt != nil {
		params.RejectedAt = sql.NullTime{Time: *rejectedAt, Valid: true}
	}

	return queries.UpdateFederatedServerFollowStatus(context.Background(), params)
}
