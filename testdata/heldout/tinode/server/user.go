package main

import (
	"time"

	"example.com/heldout/tinode/server/auth"
	"example.com/heldout/tinode/server/store"
	"example.com/heldout/tinode/server/store/types"
)

// Process request for a new account (trimmed from server/user.go:25-220).
func replyCreateUser(s *Session, msg *ClientComMessage, rec *auth.Rec) {
	// Find authenticator for the requested scheme.
	authhdl := store.Store.GetLogicalAuthHandler(msg.Acc.Scheme)
	if authhdl == nil {
		s.queueOut(types.ErrMalformed)
		return
	}

	// Check if login is unique and compliance with the policy (not too long or too short).
	if ok, err := authhdl.IsUnique(msg.Acc.Secret, s.remoteAddr); !ok {
		s.queueOut(err)
		return
	}

	var user types.User
	var private any

	// Create user record in the database.
	if _, err := store.Users.Create(&user, private); err != nil {
		s.queueOut(types.ErrInternal)
		return
	}

	// Add authentication record. The authhdl.AddRecord may change tags.
	rec, err := authhdl.AddRecord(&auth.Rec{Uid: user.Uid(), Tags: user.Tags}, msg.Acc.Secret, s.remoteAddr)
	if err != nil {
		s.queueOut(err)

		// Attempt to delete incomplete user record
		store.Users.Delete(user.Uid(), true)
		return
	}
	_ = rec
}

// replyUpdateUser: credentials update (trimmed from server/user.go:226-330). Runs on the session goroutine:
// two sessions of one user may run it at once.
func replyUpdateUser(s *Session, msg *ClientComMessage, rec *auth.Rec) {
	uid := types.ParseUserId(msg.AsUser)
	if len(msg.Acc.Cred) > 0 {
		// Handle request to update credentials.
		tmpToken, _, _ := store.Store.GetLogicalAuthHandler("code").GenSecret(&auth.Rec{
			Uid:       uid,
			AuthLevel: auth.LevelNone,
			Lifetime:  auth.Duration(time.Hour * 24),
			Features:  auth.FeatureNoLogin,
		})
		if _, _, err := addCreds(uid, msg.Acc.Cred, nil, s.lang, tmpToken); err != nil {
			s.queueOut(err)
		}
	}
}

// addCreds adds new credentials and re-send validation request for existing ones. It also adds credential-defined
// tags if necessary.
func addCreds(uid types.Uid, creds []MsgCredClient, extraTags []string,
	lang string, tmpToken []byte) ([]string, []string, error) {
	var validated []string
	for i := range creds {
		cr := &creds[i]
		vld := store.Store.GetValidator(cr.Method)
		if vld == nil || !vld.IsInitialized() {
			// Ignore unknown or un-initialized validator.
			continue
		}

		isNew, err := vld.Request(uid, cr.Value, lang, cr.Response, tmpToken)
		if err != nil {
			return nil, nil, err
		}

		if isNew && cr.Response != "" {
			validated = append(validated, cr.Method)
		}
	}
	return validated, extraTags, nil
}
