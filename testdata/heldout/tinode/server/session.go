package main

import (
	"strings"

	"example.com/heldout/tinode/server/auth"
	"example.com/heldout/tinode/server/store"
	"example.com/heldout/tinode/server/store/types"
)

// authSecretReset: request to reset a secret (trimmed from server/session.go:990-1070).
func (s *Session) authSecretReset(params []byte) error {
	var authScheme, credMethod, credValue string
	if parts := strings.Split(string(params), ":"); len(parts) >= 3 {
		authScheme, credMethod, credValue = parts[0], parts[1], parts[2]
	} else {
		return types.ErrMalformed
	}

	auther := store.Store.GetLogicalAuthHandler(authScheme)
	if auther == nil {
		return types.ErrUnsupported
	}
	validator := store.Store.GetValidator(credMethod)
	if validator == nil {
		return types.ErrUnsupported
	}
	uid, err := store.Users.GetByCred(credMethod, credValue) // safe: not found -> return nil; the insert (code GenSecret, PCache INSERT of code_<cred>) is on the found path and fails with ErrDuplicate on kvmeta PRIMARY KEY(key) also when run one after the other
	if err != nil {
		return err
	}
	if uid.IsZero() {
		// Prevent discovery of existing contacts: report "no error" if contact is not found.
		return nil
	}

	resetParams, err := auther.GetResetParams(uid)
	if err != nil {
		return err
	}
	tempScheme, err := validator.TempAuthScheme()
	if err != nil {
		return err
	}

	tempAuth := store.Store.GetLogicalAuthHandler(tempScheme)
	if tempAuth == nil || !tempAuth.IsInitialized() {
		return types.ErrInternal
	}

	code, _, err := tempAuth.GenSecret(&auth.Rec{
		Uid:        uid,
		AuthLevel:  auth.LevelAuth,
		Features:   auth.FeatureNoLogin,
		Credential: credMethod + ":" + credValue,
	})
	if err != nil {
		return err
	}
	_, _ = resetParams, code
	return nil
}
