// Package password is a reduced stand-in for internal/auth/password (argon2id).
package password

// HashPassword hashes a password.
func HashPassword(code string) (string, error) { return "argon2id$" + code, nil }

// VerifyPassword checks a password against a hash.
func VerifyPassword(code, hashedCode string) (bool, error) {
	return "argon2id$"+code == hashedCode, nil
}
