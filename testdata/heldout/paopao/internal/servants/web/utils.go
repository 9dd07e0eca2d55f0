package web

import (
	"math/rand"
	"time"
	"unicode/utf8"

	"example.com/heldout/paopao/internal/model/web"
	"example.com/heldout/paopao/pkg/utils"
	"example.com/heldout/paopao/third_party/uuid"
)

// defaultAvatars reproduces internal/servants/web/utils.go:24 (trimmed to two entries).
var defaultAvatars = []string{
	"https://paopao-demo.vercel.app/avatar/default/zoe.png",
	"https://paopao-demo.vercel.app/avatar/default/william.png",
}

// getRandomAvatar reproduces internal/servants/web/utils.go:77.
func getRandomAvatar() string {
	rand.Seed(time.Now().UnixMicro())
	return defaultAvatars[rand.Intn(len(defaultAvatars))]
}

// checkPassword reproduces internal/servants/web/utils.go:83.
// checkPassword 密码检查
func checkPassword(password string) error {
	// 检测用户是否合规
	if utf8.RuneCountInString(password) < 6 || utf8.RuneCountInString(password) > 16 {
		return web.ErrPasswordLengthLimit
	}
	return nil
}

// encryptPasswordAndSalt reproduces internal/servants/web/utils.go:101.
// encryptPasswordAndSalt 密码加密&生成salt
func encryptPasswordAndSalt(password string) (string, string) {
	salt := uuid.Must(uuid.NewV4()).String()[:8]
	secret := utils.EncodeMD5(utils.EncodeMD5(password) + salt)
	return secret, salt
}
