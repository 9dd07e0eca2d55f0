package sqlstore

// Reproduces pkg/server/datastore/sqlstore/sqlstore.go (spiffe/spire at
// ef8527ec91013c6c1b4741e0f6ac0786576e620e), trimmed to the functions on the
// catalogued chains. GORM v1 (github.com/jinzhu/gorm) calls, SQL text and
// error tests are as upstream; logging, telemetry, HCL configuration, the
// list/count query builders for other dialects and the event listing are cut.

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/google/uuid"
	"github.com/jinzhu/gorm"

	"example.com/heldout/spire/pkg/common/bundleutil"
	"example.com/heldout/spire/pkg/server/datastore"
	"example.com/heldout/spire/pkg/server/datastore/sqlcommon"
	"example.com/heldout/spire/proto/spire/common"
	"example.com/heldout/spire/third_party/grpc/codes"
	"example.com/heldout/spire/third_party/grpc/status"
	"example.com/heldout/spire/third_party/protobuf/proto"
)

const (
	PluginName = "sql"

	// MySQL database type
	MySQL = "mysql"
	// PostgreSQL database type
	PostgreSQL = "postgres"
	// SQLite database type
	SQLite = "sqlite3"

	// MySQL database provided by an AWS service
	AWSMySQL = "aws_mysql"

	// PostgreSQL database type provided by an AWS service
	AWSPostgreSQL = "aws_postgres"
)

type sqlDB struct {
	databaseType     string
	connectionString string
	raw              *sql.DB
	*gorm.DB

	dialect     dialect
	supportsCTE bool

	// this lock is only required for synchronized writes with "sqlite3". see
	// the withTx() implementation for details.
	opMu sync.Mutex
}

func (db *sqlDB) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return db.raw.QueryContext(ctx, query, args...)
}

// Plugin is a DataStore plugin implemented via a SQL database
type Plugin struct {
	mu                  sync.Mutex
	db                  *sqlDB
	roDb                *sqlDB
	useServerTimestamps bool
}

var _ datastore.DataStore = (*Plugin)(nil)

// New creates a new sql plugin struct. Configure must be called
// in order to start the db.
func New() *Plugin {
	return &Plugin{}
}

// CreateBundle stores the given bundle (sqlstore.go:162).
func (ds *Plugin) CreateBundle(ctx context.Context, b *common.Bundle) (bundle *common.Bundle, err error) {
	if err = ds.withWriteTx(ctx, func(tx *gorm.DB) (err error) {
		bundle, err = createBundle(tx, b)
		return err
	}); err != nil {
		return nil, err
	}
	return bundle, nil
}

// UpdateBundle updates an existing bundle with the given CAs. Overwrites any
// existing certificates (sqlstore.go:174).
func (ds *Plugin) UpdateBundle(ctx context.Context, b *common.Bundle, mask *common.BundleMask) (bundle *common.Bundle, err error) {
	if err = ds.withReadModifyWriteTx(ctx, func(tx *gorm.DB) (err error) {
		bundle, err = updateBundle(tx, b, mask)
		return err
	}); err != nil {
		return nil, err
	}
	return bundle, nil
}

// SetBundle sets bundle contents. If no bundle exists for the trust domain, it is created (sqlstore.go:185).
func (ds *Plugin) SetBundle(ctx context.Context, b *common.Bundle) (bundle *common.Bundle, err error) {
	if err = ds.withWriteTx(ctx, func(tx *gorm.DB) (err error) {
		bundle, err = setBundle(tx, b)
		return err
	}); err != nil {
		return nil, err
	}
	return bundle, nil
}

// AppendBundle append bundle contents to the existing bundle (by trust domain). If no existing one is present, create it (sqlstore.go:196).
func (ds *Plugin) AppendBundle(ctx context.Context, b *common.Bundle) (bundle *common.Bundle, err error) {
	if err = ds.withReadModifyWriteTx(ctx, func(tx *gorm.DB) (err error) {
		bundle, err = appendBundle(tx, b)
		return err
	}); err != nil {
		return nil, err
	}
	return bundle, nil
}

// FetchBundle returns the bundle matching the specified Trust Domain (sqlstore.go:215).
func (ds *Plugin) FetchBundle(ctx context.Context, trustDomainID string) (resp *common.Bundle, err error) {
	if err = ds.withReadTx(ctx, func(tx *gorm.DB) (err error) {
		resp, err = fetchBundle(tx, trustDomainID)
		return err
	}); err != nil {
		return nil, err
	}
	return resp, nil
}

// PruneBundle removes expired certs and keys from a bundle (sqlstore.go:248).
func (ds *Plugin) PruneBundle(ctx context.Context, trustDomainID string, expiresBefore time.Time) (changed bool, err error) {
	if err = ds.withReadModifyWriteTx(ctx, func(tx *gorm.DB) (err error) {
		changed, err = pruneBundle(tx, trustDomainID, expiresBefore)
		return err
	}); err != nil {
		return false, err
	}

	return changed, nil
}

// CreateAttestedNode stores the given attested node (sqlstore.go:298).
func (ds *Plugin) CreateAttestedNode(ctx context.Context, node *common.AttestedNode) (attestedNode *common.AttestedNode, err error) {
	if node == nil {
		return nil, sqlcommon.NewSQLError("invalid request: missing attested node")
	}

	if err = ds.withWriteTx(ctx, func(tx *gorm.DB) (err error) {
		attestedNode, err = createAttestedNode(tx, node)
		if err != nil {
			return err
		}
		return createAttestedNodeEvent(tx, &datastore.AttestedNodeEvent{
			SpiffeID: node.SpiffeId,
		})
	}); err != nil {
		return nil, err
	}
	return attestedNode, nil
}

// FetchAttestedNode fetches an existing attested node by SPIFFE ID (sqlstore.go:318).
func (ds *Plugin) FetchAttestedNode(ctx context.Context, spiffeID string) (attestedNode *common.AttestedNode, err error) {
	if err = ds.withReadTx(ctx, func(tx *gorm.DB) (err error) {
		attestedNode, err = fetchAttestedNode(tx, spiffeID)
		return err
	}); err != nil {
		return nil, err
	}
	return attestedNode, nil
}

// UpdateAttestedNode (sqlstore.go:379).
func (ds *Plugin) UpdateAttestedNode(ctx context.Context, n *common.AttestedNode, mask *common.AttestedNodeMask) (node *common.AttestedNode, err error) {
	if err = ds.withReadModifyWriteTx(ctx, func(tx *gorm.DB) (err error) {
		node, err = updateAttestedNode(tx, n, mask)
		if err != nil {
			return err
		}
		return createAttestedNodeEvent(tx, &datastore.AttestedNodeEvent{
			SpiffeID: n.SpiffeId,
		})
	}); err != nil {
		return nil, err
	}
	return node, nil
}

// DeleteAttestedNode (sqlstore.go:395).
func (ds *Plugin) DeleteAttestedNode(ctx context.Context, spiffeID string) (attestedNode *common.AttestedNode, err error) {
	if err = ds.withWriteTx(ctx, func(tx *gorm.DB) (err error) {
		attestedNode, err = deleteAttestedNodeAndSelectors(tx, spiffeID)
		if err != nil {
			return err
		}
		return createAttestedNodeEvent(tx, &datastore.AttestedNodeEvent{
			SpiffeID: spiffeID,
		})
	}); err != nil {
		return nil, err
	}
	return attestedNode, nil
}

// SetNodeSelectors sets node (agent) selectors by SPIFFE ID, deleting old selectors first (sqlstore.go:463).
func (ds *Plugin) SetNodeSelectors(ctx context.Context, spiffeID string, selectors []*common.Selector) (err error) {
	return ds.withWriteTx(ctx, func(tx *gorm.DB) (err error) {
		if err = setNodeSelectors(tx, spiffeID, selectors); err != nil {
			return err
		}
		return createAttestedNodeEvent(tx, &datastore.AttestedNodeEvent{
			SpiffeID: spiffeID,
		})
	})
}

// CreateRegistrationEntry stores the given registration entry (sqlstore.go:495).
func (ds *Plugin) CreateRegistrationEntry(ctx context.Context,
	entry *common.RegistrationEntry,
) (registrationEntry *common.RegistrationEntry, err error) {
	out, _, err := ds.createOrReturnRegistrationEntry(ctx, entry)
	return out, err
}

// CreateOrReturnRegistrationEntry stores the given registration entry. If an
// entry already exists with the same (parentID, spiffeID, selector) tuple,
// that entry is returned instead (sqlstore.go:505).
func (ds *Plugin) CreateOrReturnRegistrationEntry(ctx context.Context,
	entry *common.RegistrationEntry,
) (registrationEntry *common.RegistrationEntry, existing bool, err error) {
	return ds.createOrReturnRegistrationEntry(ctx, entry)
}

// createOrReturnRegistrationEntry reproduces sqlstore.go:511 (lookup :519,
// insert :527 -> createRegistrationEntry :2660).
func (ds *Plugin) createOrReturnRegistrationEntry(ctx context.Context,
	entry *common.RegistrationEntry,
) (registrationEntry *common.RegistrationEntry, existing bool, err error) {
	if err = ds.withWriteTx(ctx, func(tx *gorm.DB) (err error) {
		if err = validateRegistrationEntry(entry); err != nil {
			return err
		}

		// withWriteTx: default isolation, plain SELECT; only SQLite serialises writers (opMu).
		registrationEntry, err = lookupSimilarEntry(ctx, ds.db, tx, entry) // race; no unique key: the key is (parent_id, spiffe_id, exact selector set); registered_entries has only uix on entry_id (fresh UUID), plain indexes on spiffe_id/parent_id, and idx_selector_entry is per entry (models.go:76-78,133-135)
		if err != nil {
			return err
		}
		if registrationEntry != nil {
			existing = true
			return nil
		}
		registrationEntry, err = createRegistrationEntry(tx, entry)
		if err != nil {
			return err
		}

		return createRegistrationEntryEvent(tx, &datastore.RegistrationEntryEvent{
			EntryID: registrationEntry.EntryId,
		})
	}); err != nil {
		return nil, false, err
	}
	return registrationEntry, existing, nil
}

// CreateJoinToken takes a Token message and stores it (sqlstore.go:670).
func (ds *Plugin) CreateJoinToken(ctx context.Context, token *datastore.JoinToken) (err error) {
	if token == nil || token.Token == "" || token.Expiry.IsZero() {
		return errors.New("token and expiry are required")
	}

	return ds.withWriteTx(ctx, func(tx *gorm.DB) (err error) {
		err = createJoinToken(tx, token)
		return err
	})
}

// FetchJoinToken (sqlstore.go:683).
func (ds *Plugin) FetchJoinToken(ctx context.Context, token string) (resp *datastore.JoinToken, err error) {
	if err = ds.withReadTx(ctx, func(tx *gorm.DB) (err error) {
		resp, err = fetchJoinToken(tx, token)
		return err
	}); err != nil {
		return nil, err
	}

	return resp, nil
}

// DeleteJoinToken deletes the given join token (sqlstore.go:695).
func (ds *Plugin) DeleteJoinToken(ctx context.Context, token string) (err error) {
	return ds.withReadModifyWriteTx(ctx, func(tx *gorm.DB) (err error) {
		err = deleteJoinToken(tx, token)
		return err
	})
}

// CreateFederationRelationship creates a new federation relationship. If the bundle endpoint
// profile is 'https_spiffe' and the given federation relationship contains a bundle, the current
// stored bundle is overridden (sqlstore.go:716).
func (ds *Plugin) CreateFederationRelationship(ctx context.Context, fr *datastore.FederationRelationship) (newFr *datastore.FederationRelationship, err error) {
	if fr == nil || fr.TrustDomain.IsZero() {
		return nil, status.Error(codes.InvalidArgument, "trust domain is required")
	}

	return newFr, ds.withWriteTx(ctx, func(tx *gorm.DB) error {
		newFr, err = createFederationRelationship(tx, fr)
		return err
	})
}

// UpdateFederationRelationship updates the given federation relationship (sqlstore.go:770).
func (ds *Plugin) UpdateFederationRelationship(ctx context.Context, fr *datastore.FederationRelationship, mask *datastore.FederationRelationshipMask) (newFr *datastore.FederationRelationship, err error) {
	if fr == nil || fr.TrustDomain.IsZero() {
		return nil, status.Error(codes.InvalidArgument, "trust domain is required")
	}

	return newFr, ds.withReadModifyWriteTx(ctx, func(tx *gorm.DB) error {
		newFr, err = updateFederationRelationship(tx, fr, mask)
		return err
	})
}

// FetchCAJournal fetches the CA journal that has the given active X509
// authority domain. If the CA journal is not found, nil is returned (sqlstore.go:790).
func (ds *Plugin) FetchCAJournal(ctx context.Context, activeX509AuthorityID string) (caJournal *datastore.CAJournal, err error) {
	if activeX509AuthorityID == "" {
		return nil, status.Error(codes.InvalidArgument, "active X509 authority ID is required")
	}

	if err = ds.withReadTx(ctx, func(tx *gorm.DB) (err error) {
		caJournal, err = fetchCAJournal(tx, activeX509AuthorityID)
		return err
	}); err != nil {
		return nil, err
	}

	return caJournal, nil
}

// SetCAJournal sets the content for the specified CA journal. If the CA journal
// does not exist, it is created (sqlstore.go:819).
func (ds *Plugin) SetCAJournal(ctx context.Context, caJournal *datastore.CAJournal) (caj *datastore.CAJournal, err error) {
	if err := validateCAJournal(caJournal); err != nil {
		return nil, err
	}

	if err = ds.withReadModifyWriteTx(ctx, func(tx *gorm.DB) (err error) {
		if caJournal.ID == 0 {
			caj, err = createCAJournal(tx, caJournal)
			return err
		}

		// The CA journal already exists, update it.
		caj, err = updateCAJournal(tx, caJournal)
		return err
	}); err != nil {
		return nil, err
	}
	return caj, nil
}

// withReadModifyWriteTx wraps the operation in a transaction appropriate for
// operations that will read one or more rows, change one or more columns in
// those rows, and then set them back. This requires a stronger level of
// consistency that prevents two transactions from doing read-modify-write
// concurrently (sqlstore.go:1019).
func (ds *Plugin) withReadModifyWriteTx(ctx context.Context, op func(tx *gorm.DB) error) error {
	return ds.withTx(ctx, func(tx *gorm.DB) error {
		switch {
		case isMySQLDbType(ds.db.databaseType):
			// MySQL REPEATABLE READ is weaker than that of PostgreSQL. Namely,
			// PostgreSQL, beyond providing the minimum consistency guarantees
			// mandated for REPEATABLE READ in the standard, automatically fails
			// concurrent transactions that try to update the same target row.
			//
			// To get the same consistency guarantees, have the queries do a
			// `SELECT .. FOR UPDATE` which will implicitly lock queried rows
			// from update by other transactions. This is preferred to a stronger
			// isolation level, like SERIALIZABLE, which is not supported by
			// some MySQL-compatible databases (i.e. Percona XtraDB cluster)
			tx = tx.Set("gorm:query_option", "FOR UPDATE")
		case isPostgresDbType(ds.db.databaseType):
			// `SELECT .. FOR UPDATE`is also required when PostgreSQL is in
			// hot standby mode for this operation to work properly (see issue #3039).
			tx = tx.Set("gorm:query_option", "FOR UPDATE")
		}
		return op(tx)
	}, false)
}

// withWriteTx wraps the operation in a transaction appropriate for operations
// that unconditionally create/update rows, without reading them first. If two
// transactions try and update at the same time, last writer wins (sqlstore.go:1046).
func (ds *Plugin) withWriteTx(ctx context.Context, op func(tx *gorm.DB) error) error {
	return ds.withTx(ctx, op, false)
}

// withReadTx wraps the operation in a transaction appropriate for operations
// that only read rows (sqlstore.go:1052).
func (ds *Plugin) withReadTx(ctx context.Context, op func(tx *gorm.DB) error) error {
	return ds.withTx(ctx, op, true)
}

// withTx reproduces sqlstore.go:1056.
func (ds *Plugin) withTx(ctx context.Context, op func(tx *gorm.DB) error, readOnly bool) error {
	ds.mu.Lock()
	db := ds.db
	ds.mu.Unlock()

	if db.databaseType == SQLite && !readOnly {
		// sqlite3 can only have one writer at a time. since we're in WAL mode,
		// there can be concurrent reads and writes, so no lock is necessary
		// over the read operations.
		db.opMu.Lock()
		defer db.opMu.Unlock()
	}

	tx := db.BeginTx(ctx, nil)
	if err := tx.Error; err != nil {
		return sqlcommon.NewWrappedSQLError(err)
	}

	if err := op(tx); err != nil {
		tx.Rollback()
		return ds.gormToGRPCStatus(err)
	}

	if readOnly {
		// rolling back makes sure that functions that are invoked with
		// withReadTx, and then do writes, will not pass unit tests, since the
		// writes won't be committed.
		return sqlcommon.NewWrappedSQLError(tx.Rollback().Error)
	}
	return sqlcommon.NewWrappedSQLError(tx.Commit().Error)
}

// gormToGRPCStatus takes an error, and converts it to a GRPC error (sqlstore.go:1092).
func (ds *Plugin) gormToGRPCStatus(err error) error {
	type grpcStatusError interface {
		error
		GRPCStatus() *status.Status
	}

	var statusError grpcStatusError
	if errors.As(err, &statusError) {
		return statusError
	}

	code := codes.Unknown
	var vErr *sqlcommon.ValidationError
	if errors.As(err, &vErr) {
		code = codes.InvalidArgument
	}

	unwrapped := errors.Unwrap(err)
	switch {
	case gorm.IsRecordNotFoundError(unwrapped):
		code = codes.NotFound
	case ds.db.dialect.isConstraintViolation(unwrapped):
		code = codes.AlreadyExists
	default:
	}

	return status.Error(code, err.Error())
}

// createBundle reproduces sqlstore.go:1191 (insert :1197).
func createBundle(tx *gorm.DB, bundle *common.Bundle) (*common.Bundle, error) {
	model, err := bundleToModel(bundle)
	if err != nil {
		return nil, err
	}

	if err := tx.Create(model).Error; err != nil {
		return nil, sqlcommon.NewWrappedSQLError(err)
	}

	return bundle, nil
}

// updateBundle reproduces sqlstore.go:1204 (lookup :1211, save :1220).
func updateBundle(tx *gorm.DB, newBundle *common.Bundle, mask *common.BundleMask) (*common.Bundle, error) {
	newModel, err := bundleToModel(newBundle)
	if err != nil {
		return nil, err
	}

	model := &Bundle{}
	if err := tx.Find(model, "trust_domain = ?", newModel.TrustDomain).Error; err != nil { // safe: the lookup only guards an update: not found is returned as an error (NotFound), the found row is saved back by primary key
		return nil, sqlcommon.NewWrappedSQLError(err)
	}

	model.Data, newBundle, err = applyBundleMask(model, newBundle, mask)
	if err != nil {
		return nil, sqlcommon.NewWrappedSQLError(err)
	}

	if err := tx.Save(model).Error; err != nil {
		return nil, sqlcommon.NewWrappedSQLError(err)
	}

	return newBundle, nil
}

// applyBundleMask reproduces sqlstore.go:1227.
func applyBundleMask(model *Bundle, newBundle *common.Bundle, inputMask *common.BundleMask) ([]byte, *common.Bundle, error) {
	bundle, err := modelToBundle(model)
	if err != nil {
		return nil, nil, err
	}

	if inputMask == nil {
		inputMask = &common.BundleMask{RootCas: true, JwtSigningKeys: true, WitSigningKeys: true, RefreshHint: true, SequenceNumber: true}
	}

	if inputMask.RefreshHint {
		bundle.RefreshHint = newBundle.RefreshHint
	}

	if inputMask.RootCas {
		bundle.RootCas = newBundle.RootCas
	}

	if inputMask.JwtSigningKeys {
		bundle.JwtSigningKeys = newBundle.JwtSigningKeys
	}

	if inputMask.WitSigningKeys {
		bundle.WitSigningKeys = newBundle.WitSigningKeys
	}

	if inputMask.SequenceNumber {
		bundle.SequenceNumber = newBundle.SequenceNumber
	}

	newModel, err := bundleToModel(bundle)
	if err != nil {
		return nil, nil, err
	}

	return newModel.Data, bundle, nil
}

// setBundle reproduces sqlstore.go:1265 (lookup :1273, insert :1275 ->
// createBundle :1197). Called from SetBundle (withWriteTx), and from
// createFederationRelationship (:4434, withWriteTx) and
// updateFederationRelationship (:4537, withReadModifyWriteTx).
func setBundle(tx *gorm.DB, b *common.Bundle) (*common.Bundle, error) {
	newModel, err := bundleToModel(b)
	if err != nil {
		return nil, err
	}

	// fetch existing or create new
	model := &Bundle{}
	// No lock on an absent row (withWriteTx adds no FOR UPDATE); a concurrent second INSERT hits uix_bundles_trust_domain.
	result := tx.Find(model, "trust_domain = ?", newModel.TrustDomain) // race
	if result.RecordNotFound() {
		bundle, err := createBundle(tx, b)
		if err != nil {
			return nil, err
		}
		return bundle, nil
	} else if result.Error != nil {
		return nil, sqlcommon.NewWrappedSQLError(result.Error)
	}

	bundle, err := updateBundle(tx, b, nil)
	if err != nil {
		return nil, err
	}
	return bundle, nil
}

// appendBundle reproduces sqlstore.go:1291 (lookup :1299, insert :1301 ->
// createBundle :1197). Called from AppendBundle (withReadModifyWriteTx).
func appendBundle(tx *gorm.DB, b *common.Bundle) (*common.Bundle, error) {
	newModel, err := bundleToModel(b)
	if err != nil {
		return nil, err
	}

	// fetch existing or create new
	model := &Bundle{}
	// SELECT ... FOR UPDATE locks no row when the trust domain is absent (PostgreSQL), or takes a shared gap lock (MySQL): both callers reach the INSERT.
	result := tx.Find(model, "trust_domain = ?", newModel.TrustDomain) // race
	if result.RecordNotFound() {
		bundle, err := createBundle(tx, b)
		if err != nil {
			return nil, err
		}
		return bundle, nil
	} else if result.Error != nil {
		return nil, sqlcommon.NewWrappedSQLError(result.Error)
	}

	// parse the bundle data and add missing elements
	bundle, err := modelToBundle(model)
	if err != nil {
		return nil, err
	}

	bundle, changed := bundleutil.MergeBundles(bundle, b)
	if changed {
		bundle.SequenceNumber++
		newModel, err := bundleToModel(bundle)
		if err != nil {
			return nil, err
		}
		model.Data = newModel.Data
		if err := tx.Save(model).Error; err != nil {
			return nil, sqlcommon.NewWrappedSQLError(err)
		}
	}

	return bundle, nil
}

// fetchBundle returns the bundle matching the specified Trust Domain (sqlstore.go:1375).
func fetchBundle(tx *gorm.DB, trustDomainID string) (*common.Bundle, error) {
	model := new(Bundle)
	err := tx.Find(model, "trust_domain = ?", trustDomainID).Error
	switch {
	case errors.Is(err, gorm.ErrRecordNotFound):
		return nil, nil
	case err != nil:
		return nil, sqlcommon.NewWrappedSQLError(err)
	}

	bundle, err := modelToBundle(model)
	if err != nil {
		return nil, err
	}

	return bundle, nil
}

// pruneBundle reproduces sqlstore.go:1449 (lookup :1451).
func pruneBundle(tx *gorm.DB, trustDomainID string, expiry time.Time) (bool, error) {
	// Get current bundle
	currentBundle, err := fetchBundle(tx, trustDomainID) // safe: a nil result returns "not changed"; only an existing bundle is updated (updateBundle), nothing is inserted
	if err != nil {
		return false, fmt.Errorf("unable to fetch current bundle: %w", err)
	}

	if currentBundle == nil {
		// No bundle to prune
		return false, nil
	}

	// Prune
	newBundle, changed, err := bundleutil.PruneBundle(currentBundle, expiry)
	if err != nil {
		return false, fmt.Errorf("prune failed: %w", err)
	}

	// Update only if bundle was modified
	if changed {
		newBundle.SequenceNumber = currentBundle.SequenceNumber + 1
		_, err := updateBundle(tx, newBundle, nil)
		if err != nil {
			return false, fmt.Errorf("unable to write new bundle: %w", err)
		}
	}

	return changed, nil
}

// createAttestedNode reproduces sqlstore.go:1647 (insert :1659).
func createAttestedNode(tx *gorm.DB, node *common.AttestedNode) (*common.AttestedNode, error) {
	model := AttestedNode{
		SpiffeID:        node.SpiffeId,
		DataType:        node.AttestationDataType,
		SerialNumber:    node.CertSerialNumber,
		ExpiresAt:       time.Unix(node.CertNotAfter, 0),
		NewSerialNumber: node.NewCertSerialNumber,
		NewExpiresAt:    nullableUnixTimeToDBTime(node.NewCertNotAfter),
		CanReattest:     node.CanReattest,
		AgentVersion:    node.AgentVersion,
	}

	if err := tx.Create(&model).Error; err != nil {
		return nil, sqlcommon.NewWrappedSQLError(err)
	}

	return modelToAttestedNode(model), nil
}

// fetchAttestedNode reproduces sqlstore.go:1666.
func fetchAttestedNode(tx *gorm.DB, spiffeID string) (*common.AttestedNode, error) {
	var model AttestedNode
	err := tx.Find(&model, "spiffe_id = ?", spiffeID).Error
	switch {
	case errors.Is(err, gorm.ErrRecordNotFound):
		return nil, nil
	case err != nil:
		return nil, sqlcommon.NewWrappedSQLError(err)
	}
	return modelToAttestedNode(model), nil
}

// createAttestedNodeEvent reproduces sqlstore.go:1789.
func createAttestedNodeEvent(tx *gorm.DB, event *datastore.AttestedNodeEvent) error {
	if err := tx.Create(&AttestedNodeEvent{
		Model: Model{
			ID: event.EventID,
		},
		SpiffeID: event.SpiffeID,
	}).Error; err != nil {
		return sqlcommon.NewWrappedSQLError(err)
	}

	return nil
}

// updateAttestedNode reproduces sqlstore.go:2411 (lookup :2413).
func updateAttestedNode(tx *gorm.DB, n *common.AttestedNode, mask *common.AttestedNodeMask) (*common.AttestedNode, error) {
	var model AttestedNode
	if err := tx.Find(&model, "spiffe_id = ?", n.SpiffeId).Error; err != nil { // safe: the lookup only guards an update (Updates on the found row); not found is returned as NotFound
		return nil, sqlcommon.NewWrappedSQLError(err)
	}

	if mask == nil {
		mask = &common.AttestedNodeMask{CertSerialNumber: true, CertNotAfter: true, NewCertSerialNumber: true, NewCertNotAfter: true, CanReattest: true, AgentVersion: true}
	}

	updates := make(map[string]any)
	if mask.CertNotAfter {
		updates["expires_at"] = time.Unix(n.CertNotAfter, 0)
	}
	if mask.CertSerialNumber {
		updates["serial_number"] = n.CertSerialNumber
	}
	if mask.NewCertNotAfter {
		updates["new_expires_at"] = nullableUnixTimeToDBTime(n.NewCertNotAfter)
	}
	if mask.NewCertSerialNumber {
		updates["new_serial_number"] = n.NewCertSerialNumber
	}
	if mask.CanReattest {
		updates["can_reattest"] = n.CanReattest
	}
	if mask.AgentVersion {
		updates["agent_version"] = n.AgentVersion
	}
	if err := tx.Model(&model).Updates(updates).Error; err != nil {
		return nil, sqlcommon.NewWrappedSQLError(err)
	}

	return modelToAttestedNode(model), nil
}

// deleteAttestedNodeAndSelectors reproduces sqlstore.go:2447 (lookups :2453,
// :2465, :2470; event insert :2479).
func deleteAttestedNodeAndSelectors(tx *gorm.DB, spiffeID string) (*common.AttestedNode, error) {
	var (
		nodeModel         AttestedNode
		nodeSelectorModel NodeSelector
	)

	if err := tx.Find(&nodeModel, "spiffe_id = ?", spiffeID).Error; err != nil {
		return nil, sqlcommon.NewWrappedSQLError(err)
	}

	// Cascade only for join-token-attested nodes, and only for entries that match
	// the auto-alias shape that (*Service).createJoinTokenRegistrationEntry in
	// pkg/server/api/agent/v1/service.go writes.
	if nodeModel.DataType == "join_token" {
		var candidates []RegisteredEntry
		if err := tx.Where("parent_id = ?", spiffeID).Find(&candidates).Error; err != nil { // safe: found rows are deleted; the only insert is a registered_entries_events row keyed on a fresh autoincrement id, on the found path
			return nil, sqlcommon.NewWrappedSQLError(err)
		}
		for _, entry := range candidates {
			var selectors []Selector
			if err := tx.Where("registered_entry_id = ?", entry.ID).Find(&selectors).Error; err != nil {
				return nil, sqlcommon.NewWrappedSQLError(err)
			}
			if len(selectors) != 1 || selectors[0].Type != "spiffe_id" || selectors[0].Value != entry.ParentID {
				continue
			}
			if err := deleteRegistrationEntrySupport(tx, entry); err != nil {
				return nil, err
			}
			if err := createRegistrationEntryEvent(tx, &datastore.RegistrationEntryEvent{
				EntryID: entry.EntryID,
			}); err != nil {
				return nil, err
			}
		}
	}

	// batch delete all associated node selectors
	if err := tx.Where("spiffe_id = ?", spiffeID).Delete(&nodeSelectorModel).Error; err != nil {
		return nil, sqlcommon.NewWrappedSQLError(err)
	}

	if err := tx.Delete(&nodeModel).Error; err != nil {
		return nil, sqlcommon.NewWrappedSQLError(err)
	}

	return modelToAttestedNode(nodeModel), nil
}

// setNodeSelectors reproduces sqlstore.go:2504 (lookup :2517, delete :2521,
// inserts :2532).
func setNodeSelectors(tx *gorm.DB, spiffeID string, selectors []*common.Selector) error {
	// Previously the deletion of the previous set of node selectors was
	// implemented via query like DELETE FROM node_resolver_map_entries WHERE
	// spiffe_id = ?, but unfortunately this triggered some pessimistic gap
	// locks on the index even when there were no rows matching the WHERE
	// clause (i.e. rows for that spiffe_id). The gap locks caused MySQL
	// deadlocks when SetNodeSelectors was being called concurrently. Changing
	// the transaction isolation level fixed the deadlocks but only when there
	// were no existing rows; the deadlocks still occurred when existing rows
	// existed (i.e. re-attestation). Instead, gather all the IDs to be
	// deleted and delete them from separate queries, which does not trigger
	// gap locks on the index.
	var ids []int64
	if err := tx.Model(&NodeSelector{}).Where("spiffe_id = ?", spiffeID).Pluck("id", &ids).Error; err != nil { // safe: the lookup only feeds a delete; the selector inserts below are unconditional (replace, not get-or-create)
		return sqlcommon.NewWrappedSQLError(err)
	}
	if len(ids) > 0 {
		if err := tx.Where("id IN (?)", ids).Delete(&NodeSelector{}).Error; err != nil {
			return sqlcommon.NewWrappedSQLError(err)
		}
	}

	for _, selector := range selectors {
		model := &NodeSelector{
			SpiffeID: spiffeID,
			Type:     selector.Type,
			Value:    selector.Value,
		}
		if err := tx.Create(model).Error; err != nil {
			return sqlcommon.NewWrappedSQLError(err)
		}
	}

	return nil
}

// createRegistrationEntry reproduces sqlstore.go:2635 (insert :2660).
func createRegistrationEntry(tx *gorm.DB, entry *common.RegistrationEntry) (*common.RegistrationEntry, error) {
	entryID, err := createOrReturnEntryID(entry)
	if err != nil {
		return nil, err
	}

	newRegisteredEntry := RegisteredEntry{
		EntryID:    entryID,
		SpiffeID:   entry.SpiffeId,
		ParentID:   entry.ParentId,
		TTL:        entry.X509SvidTtl,
		Admin:      entry.Admin,
		Downstream: entry.Downstream,
		Expiry:     entry.EntryExpiry,
		StoreSvid:  entry.StoreSvid,
		JWTSvidTTL: entry.JwtSvidTtl,
		Hint:       entry.Hint,
	}

	if err := tx.Create(&newRegisteredEntry).Error; err != nil {
		return nil, sqlcommon.NewWrappedSQLError(err)
	}

	federatesWith, err := makeFederatesWith(tx, entry.FederatesWith)
	if err != nil {
		return nil, err
	}

	if err := tx.Model(&newRegisteredEntry).Association("FederatesWith").Append(federatesWith).Error; err != nil {
		return nil, err
	}

	for _, registeredSelector := range entry.Selectors {
		newSelector := Selector{
			RegisteredEntryID: newRegisteredEntry.ID,
			Type:              registeredSelector.Type,
			Value:             registeredSelector.Value,
		}

		if err := tx.Create(&newSelector).Error; err != nil {
			return nil, sqlcommon.NewWrappedSQLError(err)
		}
	}

	for _, registeredDNS := range entry.DnsNames {
		newDNS := DNSName{
			RegisteredEntryID: newRegisteredEntry.ID,
			Value:             registeredDNS,
		}

		if err := tx.Create(&newDNS).Error; err != nil {
			return nil, sqlcommon.NewWrappedSQLError(err)
		}
	}

	// The federation associations were just written from federatesWith, so the
	// trust domains are already known and do not need to be read back.
	registrationEntry, err := modelToEntryWithFederatesWith(tx, newRegisteredEntry, bundlesToTrustDomains(federatesWith))
	if err != nil {
		return nil, err
	}

	return registrationEntry, nil
}

func filterEntriesBySelectorSet(entries []*common.RegistrationEntry, selectors []*common.Selector) []*common.RegistrationEntry {
	// Nothing to filter
	if len(entries) == 0 {
		return entries
	}
	type selectorKey struct {
		Type  string
		Value string
	}
	set := make(map[selectorKey]struct{}, len(selectors))
	for _, s := range selectors {
		set[selectorKey{Type: s.Type, Value: s.Value}] = struct{}{}
	}

	isSubset := func(ss []*common.Selector) bool {
		for _, s := range ss {
			if _, ok := set[selectorKey{Type: s.Type, Value: s.Value}]; !ok {
				return false
			}
		}
		return true
	}

	filtered := make([]*common.RegistrationEntry, 0, len(entries))
	for _, entry := range entries {
		if isSubset(entry.Selectors) {
			filtered = append(filtered, entry)
		}
	}
	return filtered
}

type queryContext interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// listRegistrationEntriesOnce reproduces sqlstore.go:3067, trimmed (no
// pagination).
func listRegistrationEntriesOnce(ctx context.Context, db queryContext, databaseType string, supportsCTE bool, req *datastore.ListRegistrationEntriesRequest) (*datastore.ListRegistrationEntriesResponse, error) {
	query, args, err := buildListRegistrationEntriesQuery(databaseType, supportsCTE, req)
	if err != nil {
		return nil, sqlcommon.NewWrappedSQLError(err)
	}

	rows, err := db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, sqlcommon.NewWrappedSQLError(err)
	}
	defer rows.Close()
	entries := make([]*common.RegistrationEntry, 0, 64)
	entries, err = rowsToCommonRegistrationEntries(rows, entries)
	if err != nil {
		return nil, err
	}

	return &datastore.ListRegistrationEntriesResponse{
		Entries: entries,
	}, nil
}

// buildListRegistrationEntriesQuery reproduces sqlstore.go:3100, trimmed to
// the SQLite3/PostgreSQL shape (buildListRegistrationEntriesQuerySQLite3
// :3120, without the federated-bundle and DNS name unions); PostgreSQL gets
// its $n placeholders from postgreSQLRebind upstream.
func buildListRegistrationEntriesQuery(dbType string, supportsCTE bool, req *datastore.ListRegistrationEntriesRequest) (string, []any, error) {
	builder := new(strings.Builder)
	filtered, args, err := appendListRegistrationEntriesFilterQuery("\nWITH listing AS (\n", builder, dbType, req)
	if err != nil {
		return "", nil, err
	}
	if filtered {
		builder.WriteString(")")
	}

	builder.WriteString(`
SELECT
	id AS e_id,
	entry_id,
	spiffe_id,
	parent_id,
	NULL AS selector_id,
	NULL AS selector_type,
	NULL AS selector_value
FROM
	registered_entries
`)
	if filtered {
		builder.WriteString("WHERE id IN (SELECT e_id FROM listing)\n")
	}
	builder.WriteString(`
UNION

SELECT
	registered_entry_id, NULL, NULL, NULL, id, type, value
FROM
	selectors
`)
	if filtered {
		builder.WriteString("WHERE registered_entry_id IN (SELECT e_id FROM listing)\n")
	}
	builder.WriteString(`
ORDER BY e_id, selector_id
;`)

	query := builder.String()
	if isPostgresDbType(dbType) {
		query = postgreSQLRebind(query)
	}
	return query, args, nil
}

// appendListRegistrationEntriesFilterQuery reproduces sqlstore.go:3646,
// trimmed to the parent/SPIFFE ID and exact selector filters that
// lookupSimilarEntry uses (the idFilterNode tree is rendered as an
// INTERSECT of the subqueries).
func appendListRegistrationEntriesFilterQuery(filterExp string, builder *strings.Builder, dbType string, req *datastore.ListRegistrationEntriesRequest) (bool, []any, error) {
	var args []any
	var children []string

	if req.ByParentID != "" || req.BySpiffeID != "" {
		subquery := new(strings.Builder)
		subquery.WriteString("SELECT id AS e_id FROM registered_entries WHERE ")
		if req.ByParentID != "" {
			subquery.WriteString("parent_id = ?")
			args = append(args, req.ByParentID)
		}
		if req.BySpiffeID != "" {
			if req.ByParentID != "" {
				subquery.WriteString(" AND ")
			}
			subquery.WriteString("spiffe_id = ?")
			args = append(args, req.BySpiffeID)
		}
		children = append(children, subquery.String())
	}

	if req.BySelectors != nil && len(req.BySelectors.Selectors) > 0 {
		switch req.BySelectors.Match {
		case datastore.Exact, datastore.Superset:
			// exact match does use an intersection
			for range req.BySelectors.Selectors {
				children = append(children, "SELECT registered_entry_id AS e_id FROM selectors WHERE type = ? AND value = ?")
			}
		default:
			return false, nil, fmt.Errorf("unhandled selectors match behavior %q", req.BySelectors.Match)
		}
		for _, selector := range req.BySelectors.Selectors {
			args = append(args, selector.Type, selector.Value)
		}
	}

	if len(children) == 0 {
		return false, args, nil
	}
	builder.WriteString(filterExp)
	builder.WriteString("\t")
	builder.WriteString(strings.Join(children, "\n\tINTERSECT\n\t"))
	builder.WriteString("\n")
	return true, args, nil
}

func postgreSQLRebind(s string) string {
	var b strings.Builder
	n := 0
	for _, r := range s {
		if r == '?' {
			n++
			fmt.Fprintf(&b, "$%d", n)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

type entryRow struct {
	EId           uint64
	EntryID       sql.NullString
	SpiffeID      sql.NullString
	ParentID      sql.NullString
	SelectorID    sql.NullInt64
	SelectorType  sql.NullString
	SelectorValue sql.NullString
}

// rowsToCommonRegistrationEntries reproduces sqlstore.go:5015, trimmed.
func rowsToCommonRegistrationEntries(rows *sql.Rows, entries []*common.RegistrationEntry) ([]*common.RegistrationEntry, error) {
	pushEntry := func(entry *common.RegistrationEntry) {
		if entry != nil && entry.EntryId != "" {
			entries = append(entries, entry)
		}
	}

	var lastEID uint64
	var entry *common.RegistrationEntry
	for rows.Next() {
		var r entryRow
		if err := rows.Scan(&r.EId, &r.EntryID, &r.SpiffeID, &r.ParentID, &r.SelectorID, &r.SelectorType, &r.SelectorValue); err != nil {
			return nil, sqlcommon.NewWrappedSQLError(err)
		}

		if entry == nil || lastEID != r.EId {
			lastEID = r.EId
			pushEntry(entry)
			entry = new(common.RegistrationEntry)
		}

		if r.EntryID.Valid {
			entry.EntryId = r.EntryID.String
			entry.SpiffeId = r.SpiffeID.String
			entry.ParentId = r.ParentID.String
		}
		if r.SelectorType.Valid {
			entry.Selectors = append(entry.Selectors, &common.Selector{
				Type:  r.SelectorType.String,
				Value: r.SelectorValue.String,
			})
		}
	}
	pushEntry(entry)

	if err := rows.Err(); err != nil {
		return nil, sqlcommon.NewWrappedSQLError(err)
	}

	return entries, nil
}

// deleteRegistrationEntrySupport reproduces sqlstore.go:4229.
func deleteRegistrationEntrySupport(tx *gorm.DB, entry RegisteredEntry) error {
	if err := tx.Model(&entry).Association("FederatesWith").Clear().Error; err != nil {
		return err
	}

	if err := tx.Delete(&entry).Error; err != nil {
		return sqlcommon.NewWrappedSQLError(err)
	}

	// Delete existing selectors
	if err := tx.Exec("DELETE FROM selectors WHERE registered_entry_id = ?", entry.ID).Error; err != nil {
		return sqlcommon.NewWrappedSQLError(err)
	}

	// Delete existing dns_names
	if err := tx.Exec("DELETE FROM dns_names WHERE registered_entry_id = ?", entry.ID).Error; err != nil {
		return sqlcommon.NewWrappedSQLError(err)
	}

	return nil
}

// createRegistrationEntryEvent reproduces sqlstore.go:4276.
func createRegistrationEntryEvent(tx *gorm.DB, event *datastore.RegistrationEntryEvent) error {
	if err := tx.Create(&RegisteredEntryEvent{
		Model: Model{
			ID: event.EventID,
		},
		EntryID: event.EntryID,
	}).Error; err != nil {
		return sqlcommon.NewWrappedSQLError(err)
	}

	return nil
}

// createJoinToken reproduces sqlstore.go:4370 (insert :4376; no lookup).
func createJoinToken(tx *gorm.DB, token *datastore.JoinToken) error {
	t := JoinToken{
		Token:  token.Token,
		Expiry: token.Expiry.Unix(),
	}

	if err := tx.Create(&t).Error; err != nil {
		return sqlcommon.NewWrappedSQLError(err)
	}

	return nil
}

// fetchJoinToken reproduces sqlstore.go:4383.
func fetchJoinToken(tx *gorm.DB, token string) (*datastore.JoinToken, error) {
	var model JoinToken
	err := tx.Find(&model, "token = ?", token).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, nil
	} else if err != nil {
		return nil, sqlcommon.NewWrappedSQLError(err)
	}

	return modelToJoinToken(model), nil
}

// deleteJoinToken reproduces sqlstore.go:4395.
func deleteJoinToken(tx *gorm.DB, token string) error {
	var model JoinToken
	if err := tx.Find(&model, "token = ?", token).Error; err != nil {
		return sqlcommon.NewWrappedSQLError(err)
	}

	result := tx.Delete(&model)
	if result.Error != nil {
		return sqlcommon.NewWrappedSQLError(result.Error)
	}

	if result.RowsAffected != 1 {
		return sqlcommon.NewSQLError("expected to delete one row, but %d rows were affected", result.RowsAffected)
	}

	return nil
}

// createFederationRelationship reproduces sqlstore.go:4421 (setBundle :4434,
// insert :4440; the federated_trust_domains row itself is not looked up).
func createFederationRelationship(tx *gorm.DB, fr *datastore.FederationRelationship) (*datastore.FederationRelationship, error) {
	model := FederatedTrustDomain{
		TrustDomain:           fr.TrustDomain.Name(),
		BundleEndpointURL:     fr.BundleEndpointURL.String(),
		BundleEndpointProfile: string(fr.BundleEndpointProfile),
	}

	if fr.BundleEndpointProfile == datastore.BundleEndpointSPIFFE {
		model.EndpointSPIFFEID = fr.EndpointSPIFFEID.String()
	}

	if fr.TrustDomainBundle != nil {
		// overwrite current bundle
		_, err := setBundle(tx, fr.TrustDomainBundle)
		if err != nil {
			return nil, fmt.Errorf("unable to set bundle: %w", err)
		}
	}

	if err := tx.Create(&model).Error; err != nil {
		return nil, sqlcommon.NewWrappedSQLError(err)
	}

	return fr, nil
}

// updateFederationRelationship reproduces sqlstore.go:4516 (lookup :4518,
// setBundle :4537, save :4543).
func updateFederationRelationship(tx *gorm.DB, fr *datastore.FederationRelationship, mask *datastore.FederationRelationshipMask) (*datastore.FederationRelationship, error) {
	var model FederatedTrustDomain
	err := tx.Find(&model, "trust_domain = ?", fr.TrustDomain.Name()).Error // safe: the lookup only guards an update: a missing relationship is an error (NotFound), the found row is saved back by primary key
	if err != nil {
		return nil, fmt.Errorf("unable to fetch federation relationship: %w", err)
	}

	if mask.BundleEndpointUrl {
		model.BundleEndpointURL = fr.BundleEndpointURL.String()
	}

	if mask.BundleEndpointProfile {
		model.BundleEndpointProfile = string(fr.BundleEndpointProfile)

		if fr.BundleEndpointProfile == datastore.BundleEndpointSPIFFE {
			model.EndpointSPIFFEID = fr.EndpointSPIFFEID.String()
		}
	}

	if mask.TrustDomainBundle && fr.TrustDomainBundle != nil {
		// overwrite current bundle
		_, err := setBundle(tx, fr.TrustDomainBundle)
		if err != nil {
			return nil, fmt.Errorf("unable to set bundle: %w", err)
		}
	}

	if err := tx.Save(&model).Error; err != nil {
		return nil, sqlcommon.NewWrappedSQLError(err)
	}

	return fr, nil
}

// modelToBundle converts the given bundle model to a Protobuf bundle message (sqlstore.go:4618).
func modelToBundle(model *Bundle) (*common.Bundle, error) {
	bundle := new(common.Bundle)
	if err := proto.Unmarshal(model.Data, bundle); err != nil {
		return nil, sqlcommon.NewWrappedSQLError(err)
	}

	return bundle, nil
}

func validateRegistrationEntry(entry *common.RegistrationEntry) error {
	if entry == nil {
		return sqlcommon.NewValidationError("invalid request: missing registered entry")
	}

	if len(entry.Selectors) == 0 {
		return sqlcommon.NewValidationError("invalid registration entry: missing selector list")
	}

	if len(entry.SpiffeId) == 0 {
		return sqlcommon.NewValidationError("invalid registration entry: missing SPIFFE ID")
	}

	return nil
}

// bundleToModel reproduces sqlstore.go:4736.
func bundleToModel(pb *common.Bundle) (*Bundle, error) {
	if pb == nil {
		return nil, sqlcommon.NewSQLError("missing bundle in request")
	}
	data, err := proto.Marshal(pb)
	if err != nil {
		return nil, sqlcommon.NewWrappedSQLError(err)
	}

	return &Bundle{
		TrustDomain: pb.TrustDomainId,
		Data:        data,
	}, nil
}

// modelToEntryWithFederatesWith reproduces sqlstore.go:4763, trimmed.
func modelToEntryWithFederatesWith(tx *gorm.DB, model RegisteredEntry, federatesWith []string) (*common.RegistrationEntry, error) {
	var fetchedSelectors []*Selector
	if err := tx.Model(&model).Related(&fetchedSelectors).Error; err != nil {
		return nil, sqlcommon.NewWrappedSQLError(err)
	}

	selectors := make([]*common.Selector, 0, len(fetchedSelectors))
	for _, selector := range fetchedSelectors {
		selectors = append(selectors, &common.Selector{
			Type:  selector.Type,
			Value: selector.Value,
		})
	}

	return &common.RegistrationEntry{
		EntryId:        model.EntryID,
		Selectors:      selectors,
		SpiffeId:       model.SpiffeID,
		ParentId:       model.ParentID,
		X509SvidTtl:    model.TTL,
		FederatesWith:  federatesWith,
		Admin:          model.Admin,
		Downstream:     model.Downstream,
		EntryExpiry:    model.Expiry,
		RevisionNumber: model.RevisionNumber,
		StoreSvid:      model.StoreSvid,
		JwtSvidTtl:     model.JWTSvidTTL,
		Hint:           model.Hint,
		CreatedAt:      model.CreatedAt.Round(time.Second).Unix(),
	}, nil
}

func createOrReturnEntryID(entry *common.RegistrationEntry) (string, error) {
	if entry.EntryId != "" {
		return entry.EntryId, nil
	}

	return newRegistrationEntryID()
}

// newRegistrationEntryID reproduces sqlstore.go:4827 (gofrs/uuid/v5 NewV4
// upstream; google/uuid here).
func newRegistrationEntryID() (string, error) {
	u, err := uuid.NewRandom()
	if err != nil {
		return "", err
	}
	return u.String(), nil
}

func modelToAttestedNode(model AttestedNode) *common.AttestedNode {
	return &common.AttestedNode{
		SpiffeId:            model.SpiffeID,
		AttestationDataType: model.DataType,
		CertSerialNumber:    model.SerialNumber,
		CertNotAfter:        model.ExpiresAt.Unix(),
		NewCertSerialNumber: model.NewSerialNumber,
		NewCertNotAfter:     nullableDBTimeToUnixTime(model.NewExpiresAt),
		CanReattest:         model.CanReattest,
		AgentVersion:        model.AgentVersion,
	}
}

func modelToJoinToken(model JoinToken) *datastore.JoinToken {
	return &datastore.JoinToken{
		Token:  model.Token,
		Expiry: time.Unix(model.Expiry, 0),
	}
}

func modelToCAJournal(model CAJournal) *datastore.CAJournal {
	return &datastore.CAJournal{
		ID:                    model.ID,
		Data:                  model.Data,
		ActiveX509AuthorityID: model.ActiveX509AuthorityID,
	}
}

// makeFederatesWith reproduces sqlstore.go:4863 (lookup :4871).
func makeFederatesWith(tx *gorm.DB, ids []string) ([]*Bundle, error) {
	if len(ids) == 0 {
		// The query below cannot match a row when there are no ids to look for,
		// and the verification loop below has nothing to check, so skip both.
		return nil, nil
	}

	var bundles []*Bundle
	if err := tx.Where("trust_domain in (?)", ids).Find(&bundles).Error; err != nil { // safe: a missing bundle is an error ("unable to find federated bundle"); no bundle is created here
		return nil, err
	}

	// make sure all the ids were found
	idset := make(map[string]bool)
	for _, bundle := range bundles {
		idset[bundle.TrustDomain] = true
	}

	for _, id := range ids {
		if !idset[id] {
			return nil, fmt.Errorf("unable to find federated bundle %q", id)
		}
	}

	return bundles, nil
}

// bundlesToTrustDomains returns the trust domains of the given bundles.
func bundlesToTrustDomains(bundles []*Bundle) []string {
	if len(bundles) == 0 {
		return nil
	}

	trustDomains := make([]string, 0, len(bundles))
	for _, bundle := range bundles {
		trustDomains = append(trustDomains, bundle.TrustDomain)
	}
	sort.Strings(trustDomains)

	return trustDomains
}

func nullableDBTimeToUnixTime(dbTime *time.Time) int64 {
	if dbTime == nil {
		return 0
	}
	return dbTime.Unix()
}

func nullableUnixTimeToDBTime(unixTime int64) *time.Time {
	if unixTime == 0 {
		return nil
	}
	dbTime := time.Unix(unixTime, 0)
	return &dbTime
}

// lookupSimilarEntry reproduces sqlstore.go:4992 (query :4993, run on the
// transaction's *sql.Tx).
func lookupSimilarEntry(ctx context.Context, db *sqlDB, tx *gorm.DB, entry *common.RegistrationEntry) (*common.RegistrationEntry, error) {
	resp, err := listRegistrationEntriesOnce(ctx, tx.CommonDB().(queryContext), db.databaseType, db.supportsCTE, &datastore.ListRegistrationEntriesRequest{
		BySpiffeID: entry.SpiffeId,
		ByParentID: entry.ParentId,
		BySelectors: &datastore.BySelectors{
			Match:     datastore.Exact,
			Selectors: entry.Selectors,
		},
	})
	if err != nil {
		return nil, err
	}

	// listRegistrationEntriesOnce returns both exact and superset matches.
	// Filter out the superset matches to get an exact match
	entries := filterEntriesBySelectorSet(resp.Entries, entry.Selectors)
	if len(entries) > 0 {
		return entries[0], nil
	}

	return nil, nil
}

// createCAJournal reproduces sqlstore.go:5060 (insert :5066).
func createCAJournal(tx *gorm.DB, caJournal *datastore.CAJournal) (*datastore.CAJournal, error) {
	model := CAJournal{
		Data:                  caJournal.Data,
		ActiveX509AuthorityID: caJournal.ActiveX509AuthorityID,
	}

	if err := tx.Create(&model).Error; err != nil {
		return nil, sqlcommon.NewWrappedSQLError(err)
	}

	return modelToCAJournal(model), nil
}

// fetchCAJournal reproduces sqlstore.go:5073.
func fetchCAJournal(tx *gorm.DB, activeX509AuthorityID string) (*datastore.CAJournal, error) {
	var model CAJournal
	err := tx.Find(&model, "active_x509_authority_id = ?", activeX509AuthorityID).Error
	switch {
	case errors.Is(err, gorm.ErrRecordNotFound):
		return nil, nil
	case err != nil:
		return nil, sqlcommon.NewWrappedSQLError(err)
	}

	return modelToCAJournal(model), nil
}

// updateCAJournal reproduces sqlstore.go:5098.
func updateCAJournal(tx *gorm.DB, caJournal *datastore.CAJournal) (*datastore.CAJournal, error) {
	var model CAJournal
	if err := tx.Find(&model, "id = ?", caJournal.ID).Error; err != nil {
		return nil, sqlcommon.NewWrappedSQLError(err)
	}

	model.ActiveX509AuthorityID = caJournal.ActiveX509AuthorityID
	model.Data = caJournal.Data

	if err := tx.Save(&model).Error; err != nil {
		return nil, sqlcommon.NewWrappedSQLError(err)
	}

	return modelToCAJournal(model), nil
}

func validateCAJournal(caJournal *datastore.CAJournal) error {
	if caJournal == nil {
		return status.Error(codes.InvalidArgument, "ca journal is required")
	}

	return nil
}

func isMySQLDbType(dbType string) bool {
	return dbType == MySQL || dbType == AWSMySQL
}

func isPostgresDbType(dbType string) bool {
	return dbType == PostgreSQL || dbType == AWSPostgreSQL
}

func isSQLiteDbType(dbType string) bool {
	return dbType == SQLite
}
