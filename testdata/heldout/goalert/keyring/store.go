// Package keyring reproduces the DB-backed keyring of goalert
// (keyring/store.go): the first start-up of an instance creates the named
// keyring row.
package keyring

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"database/sql"
	"encoding/json"
	"sync"
	"time"

	"github.com/pkg/errors"

	"example.com/heldout/goalert/util"
	"example.com/heldout/goalert/util/sqlutil"
)

// Config reproduces keyring.Config (trimmed: encryption keys dropped).
type Config struct {
	Name         string
	RotationDays int
	MaxOldKeys   int
}

// DB reproduces keyring/store.go:84 (trimmed).
type DB struct {
	db *sql.DB

	cfg Config

	verificationKeys map[byte]ecdsa.PublicKey
	signingKey       *ecdsa.PrivateKey
	rotationCount    int

	mx sync.RWMutex

	fetchKeys  *sql.Stmt
	setKeys    *sql.Stmt
	txTime     *sql.Stmt
	insertKeys *sql.Stmt
}

func marshalVerificationKeys(keys map[byte]ecdsa.PublicKey) ([]byte, error) {
	m := make(map[byte][]byte, len(keys))
	var err error
	for id, key := range keys {
		m[id], err = x509.MarshalPKIXPublicKey(&key)
		if err != nil {
			return nil, err
		}
	}
	return json.Marshal(m)
}

// NewDB reproduces keyring/store.go:138 (statement texts verbatim). Every
// instance calls it at start-up (app/initstores.go), so several instances
// may create the same keyring at once. keyring: CONSTRAINT keyring_pkey
// PRIMARY KEY (id) (migrate/schema.sql:2027,2030).
func NewDB(ctx context.Context, db *sql.DB, cfg *Config) (*DB, error) {
	if cfg == nil {
		cfg = &Config{Name: "default"}
	}
	p := &util.Prepare{DB: db, Ctx: ctx}
	d := &DB{
		db:  db,
		cfg: *cfg,

		txTime: p.P(`select now()`),
		insertKeys: p.P(`
			insert into keyring (
				id,
				verification_keys,
				signing_key,
				next_key,
				next_rotation,
				rotation_count
			) values (
				$1, $2, $3, $4, $5, 0
			)
			on conflict do nothing
		`),
		fetchKeys: p.P(`
			select
				verification_keys,
				signing_key,
				next_key,
				now(),
				next_rotation,
				rotation_count
			from keyring
			where id = $1
			for update
		`),
		setKeys: p.P(`
			update keyring
			set
				verification_keys = $2,
				signing_key = $3,
				next_key = $4,
				next_rotation = $5,
				rotation_count = $6
			where id = $1
		`),
	}

	if p.Err != nil {
		return nil, p.Err
	}

	err := d.refreshAndRotateKeys(ctx, false)
	if err != nil {
		return nil, err
	}

	return d, nil
}

// newKey reproduces keyring/store.go:263 (encryption of the key trimmed).
func (db *DB) newKey() (*ecdsa.PrivateKey, []byte, error) {
	key, err := ecdsa.GenerateKey(elliptic.P224(), rand.Reader)
	if err != nil {
		return nil, nil, err
	}
	data, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		return nil, nil, err
	}
	return key, data, nil
}

// commitNewKeyring reproduces keyring/store.go:293: INSERT ... ON CONFLICT
// DO NOTHING, and when no row was inserted (another instance won) the keys
// are re-read from the winner's row (:342-360).
func (db *DB) commitNewKeyring(ctx context.Context, tx *sql.Tx) error {
	var t time.Time
	err := tx.Stmt(db.txTime).QueryRowContext(ctx).Scan(&t)
	if err != nil {
		return err
	}
	signKey, signData, err := db.newKey()
	if err != nil {
		return err
	}
	nextKey, nextData, err := db.newKey()
	if err != nil {
		return err
	}

	v := map[byte]ecdsa.PublicKey{
		0: signKey.PublicKey,
		1: nextKey.PublicKey,
	}

	vData, err := marshalVerificationKeys(v)
	if err != nil {
		return err
	}

	var nextRotTime interface{}
	if db.cfg.RotationDays > 0 {
		nextRotTime = t.Add(time.Hour * 24 * time.Duration(db.cfg.RotationDays))
	}

	res, err := tx.Stmt(db.insertKeys).ExecContext(ctx, db.cfg.Name, vData, signData, nextData, nextRotTime)
	if err != nil {
		return err
	}
	rowCount, err := res.RowsAffected()
	if err != nil {
		return err
	}
	err = tx.Commit()
	if err != nil {
		return err
	}

	var rotationCount int

	if rowCount == 0 {
		// failed to insert the new data, so scan old & refresh
		var vKeysData, signKeyData, nextKeyData []byte
		var rotateT sql.NullTime
		err = db.fetchKeys.QueryRowContext(ctx, db.cfg.Name).Scan(&vKeysData, &signKeyData, &nextKeyData, &t, &rotateT, &rotationCount)
		if err != nil {
			return err
		}
		// key parsing trimmed
	}

	db.mx.Lock()
	defer db.mx.Unlock()

	db.verificationKeys = v
	db.signingKey = signKey
	db.rotationCount = rotationCount

	return nil
}

// refreshAndRotateKeys reproduces keyring/store.go:396 (rotation branch
// trimmed): run at start-up and every 12 hours by every instance.
func (db *DB) refreshAndRotateKeys(ctx context.Context, forceRotation bool) error {
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer sqlutil.Rollback(ctx, "keyring: rotate keys", tx)

	// near-miss N4: SELECT ... FOR UPDATE by keyring id; ErrNoRows -> commitNewKeyring (INSERT ... ON CONFLICT DO NOTHING, re-read when 0 rows).
	row := tx.Stmt(db.fetchKeys).QueryRowContext(ctx, db.cfg.Name) // safe: the insert in commitNewKeyring is INSERT ... ON CONFLICT DO NOTHING on keyring_pkey (id) and a loser re-reads the winner's keys (RowsAffected == 0)

	var vKeysData, signKeyData, nextKeyData []byte
	var t time.Time
	var rotateT sql.NullTime
	var count int
	err = row.Scan(&vKeysData, &signKeyData, &nextKeyData, &t, &rotateT, &count)
	if errors.Is(err, sql.ErrNoRows) {
		return db.commitNewKeyring(ctx, tx)
	}
	if err != nil {
		return err
	}

	// verification key parsing and rotation (UPDATE keyring, :424-454) trimmed

	db.mx.Lock()
	defer db.mx.Unlock()

	db.rotationCount = count

	return nil
}
