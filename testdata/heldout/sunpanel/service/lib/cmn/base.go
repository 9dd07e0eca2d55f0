// Package cmn reproduces the helpers of service/lib/cmn/base.go of hslr-s/sun-panel
// 25f46209d97a that the reproduced handlers call.
package cmn

import (
	"crypto/md5"
	"encoding/hex"
	"math/rand"
	"time"
)

const (
	// 随机码字典

	RAND_CODE_MODE1 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789" // 大写，小写，数字
	RAND_CODE_MODE2 = "abcdefghijklmnopqrstuvwxyz0123456789"                           // 小写，数字
	RAND_CODE_MODE3 = "0123456789"                                                     // 数字
)

// Md5 reproduces service/lib/cmn/base.go:55.
// md5获取
func Md5(str string) string {
	md5Byte := md5.Sum([]byte(str))
	return hex.EncodeToString(md5Byte[:])
}

// BuildRandCode reproduces service/lib/cmn/base.go:67.
// 随机生成编码
// 随机码字典内容 参考常量 RAND_CODE_MODE*
func BuildRandCode(count int, secret_content string) (code string) {
	return BuildRandCodeBySeed(count, secret_content, time.Now().UnixNano()+int64(rand.Intn(100)))
}

// BuildRandCodeBySeed reproduces service/lib/cmn/base.go:72.
// 随机生成编码 参考常量 RAND_CODE_MODE*
func BuildRandCodeBySeed(count int, secret_content string, seed int64) (code string) {
	// 获取纳秒作为随机数种子
	rand.Seed(seed)
	if secret_content == "" {
		secret_content = RAND_CODE_MODE1
	}
	for i := 0; i < count; i++ {
		code += string(secret_content[rand.Intn(len(secret_content))])
	}
	return code
}

// PasswordEncryption reproduces service/lib/cmn/base.go:217.
// 密码加密
func PasswordEncryption(password string) string {
	return Md5(Md5(Md5(password)))
}
