package storage

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/sha512"
	"database/sql"
	"errors"
	"fmt"

	"example.com/realworld/authelia/internal/utils"
)

// upstream internal/storage/sql_provider_encryption.go:627
func (p *SQLProvider) otcHMACSignature(values ...[]byte) string {
	h := hmac.New(sha512.New, p.keys.otcHMAC)

	for i := 0; i < len(values); i++ {
		h.Write(values[i])
	}

	return fmt.Sprintf("%x", h.Sum(nil))
}

// upstream internal/storage/sql_provider_encryption.go:637
func (p *SQLProvider) otpHMACSignature(values ...[]byte) string {
	h := hmac.New(sha256.New, p.keys.otpHMAC)

	for i := 0; i < len(values); i++ {
		h.Write(values[i])
	}

	return fmt.Sprintf("%x", h.Sum(nil))
}

// upstream internal/storage/sql_provider_encryption.go:647
func (p *SQLProvider) getHMACOneTimeCode(ctx context.Context) (key []byte, err error) {
	return p.getHMACKey(ctx, hmacNameOneTimeCode, sha512.BlockSize)
}

// upstream internal/storage/sql_provider_encryption.go:651
func (p *SQLProvider) getHMACOneTimePassword(ctx context.Context) (key []byte, err error) {
	return p.getHMACKey(ctx, hmacNameOneTimePassword, sha256.BlockSize)
}

// upstream internal/storage/sql_provider_encryption.go:655
func (p *SQLProvider) setCrypographyKey(ctx context.Context, conn SQLXConnection, typ string, name string, size int, replace bool) (key []byte, err error) {
	key = make([]byte, size)

	if _, err = rand.Read(key); err != nil {
		return nil, fmt.Errorf("failed to generate key: %w", err)
	}

	var encName string

	switch typ {
	case keyTypeCryptographyHMAC:
		encName = fmt.Sprintf(fmtNameKeyHMAC, name)
	case keyTypeCryptographyEnc:
		encName = fmt.Sprintf(fmtNameKeyEnc, name)
	default:
		return nil, fmt.Errorf("invalid key type: %s", typ)
	}

	if err = p.setEncryptionValue(ctx, conn, encName, key, replace); err != nil {
		return nil, err
	}

	return key, nil
}

// getHMACKey returns the HMAC key with the given name, generating and storing it when it
// does not exist yet. upstream internal/storage/sql_provider_encryption.go:680
func (p *SQLProvider) getHMACKey(ctx context.Context, name string, size int) (key []byte, err error) {
	var tx SQLXTx

	if tx, err = p.db.BeginTxx(ctx, nil); err != nil {
		return nil, fmt.Errorf("error beginning transaction to get hmac key: %w", err)
	}

	if key, err = p.getEncryptionValue(ctx, tx, fmt.Sprintf(fmtNameKeyHMAC, name)); err != nil { // race
		if errors.Is(err, sql.ErrNoRows) {
			if key, err = p.setCrypographyKey(ctx, tx, keyTypeCryptographyHMAC, name, size, false); err != nil {
				_ = tx.Rollback()

				return nil, err
			}

			if txerr := tx.Commit(); txerr != nil {
				return nil, fmt.Errorf("error occurred committing transaction to get hmac key: %w", txerr)
			}

			return key, nil
		}

		_ = tx.Rollback()

		return nil, err
	}

	if err = tx.Commit(); err != nil {
		return nil, fmt.Errorf("error occurred committing transaction to get hmac key: %w", err)
	}

	return key, nil
}

// upstream internal/storage/sql_provider_encryption.go:738
func (p *SQLProvider) getEncryptionValue(ctx context.Context, conn SQLXConnection, name string) (value []byte, err error) {
	var encryptedValue []byte

	if err = conn.GetContext(ctx, &encryptedValue, p.sqlSelectEncryptionValue, name); err != nil {
		return nil, err
	}

	if value, err = utils.Decrypt(encryptedValue, p.aad.Get(tableEncryption, columnValue, name), p.keys.encryption); err != nil {
		return nil, err
	}

	return value, nil
}

// upstream internal/storage/sql_provider_encryption.go:752
func (p *SQLProvider) setEncryptionValue(ctx context.Context, conn SQLXConnection, name string, value []byte, replace bool) (err error) {
	if value, err = utils.Encrypt(value, p.aad.Get(tableEncryption, columnValue, name), p.keys.encryption); err != nil {
		return err
	}

	switch {
	case replace:
		_, err = conn.ExecContext(ctx, p.sqlUpsertEncryptionValue, name, value)
	default:
		_, err = conn.ExecContext(ctx, p.sqlInsertEncryptionValue, name, value)
	}

	return err
}
