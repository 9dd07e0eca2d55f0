// Package utils is statping-ng's utils package, trimmed to what the
// reproduced code calls (upstream: utils/log.go, utils/env.go,
// utils/encryption.go, utils/file.go, utils/time.go, utils/utils.go).
// Log is logrus (stand-in: statpingng/pkg/logrus) and Params is viper
// (stand-in: statpingng/pkg/viper).
package utils

import (
	"crypto/sha256"
	"fmt"
	"io/ioutil"
	"math/rand"
	"os"
	"strconv"
	"time"

	"golang.org/x/crypto/bcrypt"

	"example.com/heldout/statpingng/pkg/logrus"
	"example.com/heldout/statpingng/pkg/viper"
)

var (
	Logger = logrus.New()
	Log    = logrus.StandardLogger()
	Params = viper.New()
	// Directory returns the current path or the STATPING_DIR environment variable
	Directory string
)

// InitEnvs (utils/env.go) sets the defaults statping reads through Params.
func InitEnvs() {
	Params.SetDefault("READ_ONLY", false)
	Directory = Params.GetString("STATPING_DIR")
}

// Now returns the UTC timestamp
func Now() time.Time {
	return time.Now().UTC()
}

// HashPassword returns the bcrypt hash of a password string
func HashPassword(password string) string {
	bytes, _ := bcrypt.GenerateFromPassword([]byte(password), 14)
	return string(bytes)
}

// CheckHash returns true if the password matches with a hashed bcrypt password
func CheckHash(password, hash string) bool {
	err := bcrypt.CompareHashAndPassword([]byte(hash), []byte(password))
	return err == nil
}

// NewSHA1Hash returns a random SHA1 hash based on a specific length
func NewSHA256Hash() string {
	d := make([]byte, 10)
	rand.Read(d)
	return fmt.Sprintf("%x", sha256.Sum256(d))
}

var characterRunes = []rune("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")

// RandomString generates a random string of n length
func RandomString(n int) string {
	b := make([]rune, n)
	for i := range b {
		b[i] = characterRunes[rand.Intn(len(characterRunes))]
	}
	return string(b)
}

// FileExists returns true if a file exists
func FileExists(name string) bool {
	if _, err := os.Stat(name); err != nil {
		if os.IsNotExist(err) {
			return false
		}
	}
	return true
}

func OpenFile(filePath string) (string, error) {
	data, err := ioutil.ReadFile(filePath)
	return string(data), err
}

func NotNumber(val string) bool {
	_, err := strconv.ParseInt(val, 10, 64)
	return err != nil
}

// ToInt converts a int to a string
func ToInt(s interface{}) int64 {
	switch v := s.(type) {
	case string:
		val, _ := strconv.Atoi(v)
		return int64(val)
	case int:
		return int64(v)
	case int64:
		return v
	default:
		return 0
	}
}

// ToString converts a int to a string
func ToString(s interface{}) string {
	return fmt.Sprintf("%v", s)
}
