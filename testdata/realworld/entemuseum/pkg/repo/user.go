// Package repo is a reduced copy of museum pkg/repo (database/sql over
// github.com/lib/pq; SQL kept verbatim).
package repo

import (
	"database/sql"
	"fmt"
	"strings"

	"example.com/realworld/entemuseum/ente"
	"example.com/realworld/entemuseum/pkg/utils/crypto"
	"example.com/realworld/entemuseum/pkg/utils/time"
	"example.com/realworld/entemuseum/third_party/stacktrace"
)

const (
	// Format for updated email_hash once the account is deleted
	DELETED_EMAIL_HASH_FORMAT = "deleted+%d@ente.io"
)

// UserRepository defines the methods for inserting, updating and retrieving
// user entities from the underlying repository
// server/pkg/repo/user.go:28
type UserRepository struct {
	DB                  *sql.DB
	SecretEncryptionKey []byte
	HashingKey          []byte
}

// Get returns a user indicated by the userID
// server/pkg/repo/user.go:37 (email decryption trimmed).
func (repo *UserRepository) Get(userID int64) (ente.User, error) {
	var user ente.User
	var encryptedEmail, nonce []byte
	row := repo.DB.QueryRow(`SELECT user_id, encrypted_email, email_decryption_nonce, email_hash, family_admin_id, creation_time, is_two_factor_enabled, email_mfa FROM users WHERE user_id = $1`, userID)
	err := row.Scan(&user.ID, &encryptedEmail, &nonce, &user.Hash, &user.FamilyAdminID, &user.CreationTime, &user.IsTwoFactorEnabled, &user.IsEmailMFAEnabled)
	if err != nil {
		return ente.User{}, stacktrace.Propagate(err, "")
	}
	if strings.EqualFold(user.Hash, fmt.Sprintf(DELETED_EMAIL_HASH_FORMAT, userID)) {
		return user, stacktrace.Propagate(ente.ErrUserDeleted, "user account is deleted %d", userID)
	}
	user.Email = string(encryptedEmail)
	return user, nil
}

// Create creates a user with a given email address and returns the generated
// userID
// server/pkg/repo/user.go:197 (INSERT :199)
func (repo *UserRepository) Create(encryptedEmail ente.EncryptionResult, emailHash string, source *string) (int64, error) {
	var userID int64
	err := repo.DB.QueryRow(`INSERT INTO users(encrypted_email, email_decryption_nonce, email_hash, creation_time, source) VALUES($1, $2, $3, $4, $5) RETURNING user_id`,
		encryptedEmail.Cipher, encryptedEmail.Nonce, emailHash, time.Microseconds(), source).Scan(&userID)
	if err != nil {
		return -1, stacktrace.Propagate(err, "")
	}
	return userID, nil
}

// UpdateEmail updates the email address of a user
// server/pkg/repo/user.go:220
func (repo *UserRepository) UpdateEmail(userID int64, encryptedEmail ente.EncryptionResult, emailHash string) error {
	_, err := repo.DB.Exec(`UPDATE users SET encrypted_email = $1, email_decryption_nonce = $2, email_hash = $3 WHERE user_id = $4`, encryptedEmail.Cipher, encryptedEmail.Nonce, emailHash, userID)
	return stacktrace.Propagate(err, "")
}

// GetUserIDWithEmail returns the userID associated with a provided email
// server/pkg/repo/user.go:226 (SELECT :232; sql.ErrNoRows is propagated
// wrapped, callers test errors.Is(err, sql.ErrNoRows))
func (repo *UserRepository) GetUserIDWithEmail(email string) (int64, error) {
	sanitizedEmail := strings.ToLower(strings.TrimSpace(email))
	emailHash, err := crypto.GetHash(sanitizedEmail, repo.HashingKey)
	if err != nil {
		return -1, stacktrace.Propagate(err, "")
	}
	row := repo.DB.QueryRow(`SELECT user_id FROM users WHERE email_hash = $1`, emailHash)
	var userID int64
	err = row.Scan(&userID)
	if err != nil {
		return -1, stacktrace.Propagate(err, "")
	}
	return userID, nil
}

// GetKeyAttributes gets the key attributes for a given user
// server/pkg/repo/user.go:242 (SELECT :243)
func (repo *UserRepository) GetKeyAttributes(userID int64) (ente.KeyAttributes, error) {
	row := repo.DB.QueryRow(`SELECT kek_salt, kek_hash_bytes, encrypted_key, key_decryption_nonce, public_key, encrypted_secret_key, secret_key_decryption_nonce, mem_limit, ops_limit, master_key_encrypted_with_recovery_key, master_key_decryption_nonce, recovery_key_encrypted_with_master_key, recovery_key_decryption_nonce FROM key_attributes WHERE user_id = $1`, userID)
	var (
		keyAttributes                     ente.KeyAttributes
		kekHashBytes                      []byte
		masterKeyEncryptedWithRecoveryKey sql.NullString
		masterKeyDecryptionNonce          sql.NullString
		recoveryKeyEncryptedWithMasterKey sql.NullString
		recoveryKeyDecryptionNonce        sql.NullString
	)
	err := row.Scan(&keyAttributes.KEKSalt,
		&kekHashBytes,
		&keyAttributes.EncryptedKey,
		&keyAttributes.KeyDecryptionNonce,
		&keyAttributes.PublicKey,
		&keyAttributes.EncryptedSecretKey,
		&keyAttributes.SecretKeyDecryptionNonce,
		&keyAttributes.MemLimit,
		&keyAttributes.OpsLimit,
		&masterKeyEncryptedWithRecoveryKey,
		&masterKeyDecryptionNonce,
		&recoveryKeyEncryptedWithMasterKey,
		&recoveryKeyDecryptionNonce,
	)
	if err != nil {
		return ente.KeyAttributes{}, stacktrace.Propagate(err, "")
	}
	keyAttributes.KEKHash = string(kekHashBytes)
	if masterKeyEncryptedWithRecoveryKey.Valid {
		keyAttributes.MasterKeyEncryptedWithRecoveryKey = masterKeyEncryptedWithRecoveryKey.String
	}
	if masterKeyDecryptionNonce.Valid {
		keyAttributes.MasterKeyDecryptionNonce = masterKeyDecryptionNonce.String
	}
	if recoveryKeyEncryptedWithMasterKey.Valid {
		keyAttributes.RecoveryKeyEncryptedWithMasterKey = recoveryKeyEncryptedWithMasterKey.String
	}
	if recoveryKeyDecryptionNonce.Valid {
		keyAttributes.RecoveryKeyDecryptionNonce = recoveryKeyDecryptionNonce.String
	}

	return keyAttributes, nil
}

// SetKeyAttributes sets the key attributes for a given user
// server/pkg/repo/user.go:287 (INSERT :288, no ON CONFLICT)
func (repo *UserRepository) SetKeyAttributes(userID int64, keyAttributes ente.KeyAttributes) error {
	_, err := repo.DB.Exec(`INSERT INTO key_attributes(user_id, kek_salt, kek_hash_bytes, encrypted_key, key_decryption_nonce, public_key, encrypted_secret_key, secret_key_decryption_nonce, mem_limit, ops_limit, master_key_encrypted_with_recovery_key, master_key_decryption_nonce, recovery_key_encrypted_with_master_key, recovery_key_decryption_nonce) VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
		userID, keyAttributes.KEKSalt, []byte(keyAttributes.KEKHash),
		keyAttributes.EncryptedKey, keyAttributes.KeyDecryptionNonce,
		keyAttributes.PublicKey, keyAttributes.EncryptedSecretKey,
		keyAttributes.SecretKeyDecryptionNonce, keyAttributes.MemLimit, keyAttributes.OpsLimit,
		keyAttributes.MasterKeyEncryptedWithRecoveryKey, keyAttributes.MasterKeyDecryptionNonce,
		keyAttributes.RecoveryKeyEncryptedWithMasterKey, keyAttributes.RecoveryKeyDecryptionNonce)
	return stacktrace.Propagate(err, "")
}

// SetRecoveryKeyAttributes sets the recovery key and related attributes for a user
// server/pkg/repo/user.go:299
func (repo *UserRepository) SetRecoveryKeyAttributes(userID int64, keys ente.SetRecoveryKeyRequest) error {
	_, err := repo.DB.Exec(`UPDATE key_attributes SET master_key_encrypted_with_recovery_key = $1, master_key_decryption_nonce = $2, recovery_key_encrypted_with_master_key = $3, recovery_key_decryption_nonce = $4 WHERE user_id = $5`,
		keys.MasterKeyEncryptedWithRecoveryKey, keys.MasterKeyDecryptionNonce, keys.RecoveryKeyEncryptedWithMasterKey, keys.RecoveryKeyDecryptionNonce, userID)
	return stacktrace.Propagate(err, "")
}
