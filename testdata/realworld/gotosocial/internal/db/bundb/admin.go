package bundb

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"errors"

	"github.com/uptrace/bun"

	"example.com/realworld/gotosocial/internal/config"
	"example.com/realworld/gotosocial/internal/db"
	"example.com/realworld/gotosocial/internal/gtserror"
	"example.com/realworld/gotosocial/internal/gtsmodel"
	"example.com/realworld/gotosocial/internal/id"
	"example.com/realworld/gotosocial/internal/log"
	"example.com/realworld/gotosocial/internal/state"
	"example.com/realworld/gotosocial/internal/uris"
)

// rsaKeyBits is internal/db/bundb/admin.go (reduced for the stand-in).
const rsaKeyBits = 2048

// adminDB is internal/db/bundb/admin.go.
type adminDB struct {
	db    *bun.DB
	state *state.State
}

// IsUsernameAvailable is internal/db/bundb/admin.go:52.
func (a *adminDB) IsUsernameAvailable(ctx context.Context, username string) (bool, error) {
	q := a.db.
		NewSelect().
		TableExpr("? AS ?", bun.Ident("accounts"), bun.Ident("account")).
		Column("account.id").
		Where("? = ?", bun.Ident("account.username"), username).
		Where("? IS NULL", bun.Ident("account.domain"))
	return notExists(ctx, q)
}

// NewSignup is internal/db/bundb/admin.go:94 (account settings, stats,
// password hashing and the instance app lookup trimmed). Reached from POST
// /api/v1/accounts (processing/user/create.go:121, after
// IsUsernameAvailable at :96), the OIDC callback (api/auth/callback.go:357)
// and the admin CLI.
func (a *adminDB) NewSignup(ctx context.Context, newSignup gtsmodel.NewSignup) (*gtsmodel.User, error) {
	// If something went wrong previously while doing a new
	// sign up with this username, we might already have an
	// account, so check first.
	account, err := a.state.DB.GetAccountByUsernameDomain(ctx, newSignup.Username, "") // race
	if err != nil && !errors.Is(err, db.ErrNoEntries) {
		// Real error occurred.
		err := gtserror.Newf("error checking for existing account: %w", err)
		return nil, err
	}

	// If we didn't yet have an account
	// with this username, create one now.
	if account == nil {
		uris := uris.GenerateURIsForAccount(newSignup.Username)
		accountID := id.NewRandomULID()

		privKey, err := rsa.GenerateKey(rand.Reader, rsaKeyBits)
		if err != nil {
			err := gtserror.Newf("error creating new rsa private key: %w", err)
			return nil, err
		}

		account = &gtsmodel.Account{
			ID:           accountID,
			Username:     newSignup.Username,
			DisplayName:  newSignup.Username,
			URI:          uris.UserURI,
			URL:          uris.UserURL,
			InboxURI:     uris.InboxURI,
			OutboxURI:    uris.OutboxURI,
			PrivateKey:   privKey,
			PublicKey:    &privKey.PublicKey,
			PublicKeyURI: uris.PublicKeyURI,
		}

		// Insert the new account!
		if err := a.state.DB.PutAccount(ctx, account); err != nil {
			return nil, err
		}
	}

	// Created or already had an account.
	// Ensure user not already created.
	user, err := a.state.DB.GetUserByAccountID(ctx, account.ID)
	if err != nil && !errors.Is(err, db.ErrNoEntries) {
		// Real error occurred.
		err := gtserror.Newf("error checking for existing user: %w", err)
		return nil, err
	}

	// If there's already a
	// user for this account,
	// just pin acct + return.
	if user != nil {
		user.Account = account
		return user, nil
	}

	// Had no user for this
	// account, time to create one!
	user = &gtsmodel.User{
		ID:                id.NewRandomULID(),
		AccountID:         account.ID,
		Account:           account,
		EncryptedPassword: newSignup.Password,
		UnconfirmedEmail:  newSignup.Email,
		ExternalID:        newSignup.ExternalID,
	}

	// Insert the user!
	if err := a.state.DB.PutUser(ctx, user); err != nil {
		err := gtserror.Newf("db error inserting user: %w", err)
		return nil, err
	}

	return user, nil
}

// CreateInstanceAccount is internal/db/bundb/admin.go:243, called once at
// startup (cmd/gotosocial/action/server/server.go:217, before the router
// starts; also the process-emoji / process-media CLIs).
func (a *adminDB) CreateInstanceAccount(ctx context.Context) error {
	username := config.GetHost()

	q := a.db.
		NewSelect().
		TableExpr("? AS ?", bun.Ident("accounts"), bun.Ident("account")).
		Column("account.id").
		Where("? = ?", bun.Ident("account.username"), username).
		Where("? IS NULL", bun.Ident("account.domain"))

	exists, err := exists(ctx, q) // safe: single-threaded startup path (server.go:217 runs it once before serving)
	if err != nil {
		return err
	}
	if exists {
		log.Infof(ctx, "instance account %s already exists", username)
		return nil
	}

	key, err := rsa.GenerateKey(rand.Reader, rsaKeyBits)
	if err != nil {
		log.Errorf(ctx, "error creating new rsa key: %s", err)
		return err
	}

	newAccountURIs := uris.GenerateURIsForAccount(username)
	acct := &gtsmodel.Account{
		ID:           id.NewRandomULID(),
		Username:     username,
		DisplayName:  username,
		URL:          newAccountURIs.UserURL,
		PrivateKey:   key,
		PublicKey:    &key.PublicKey,
		PublicKeyURI: newAccountURIs.PublicKeyURI,
		URI:          newAccountURIs.UserURI,
		InboxURI:     newAccountURIs.InboxURI,
		OutboxURI:    newAccountURIs.OutboxURI,
	}

	// insert the new account!
	if err := a.state.DB.PutAccount(ctx, acct); err != nil {
		return err
	}

	log.Infof(ctx, "instance account %s CREATED with id %s", username, acct.ID)
	return nil
}
