package entity

import (
	"example.com/heldout/mayflygo/pkg/model"
)

// 资源授权凭证 (resource_auth_cert.go:14; t_resource_auth_cert). `name` is
// documented as globally unique (名称（全局唯一）) but has no unique tag;
// mayfly-go.sql:1040-1062 has only the non-unique KEY `idx_name` (`name`) and
// KEY `idx_resource_code` (`resource_code`).
type ResourceAuthCert struct {
	model.Model
	model.ExtraData

	Name string `json:"name" gorm:"size:50;comment:账号名称"` // 名称（全局唯一）

	ResourceCode   string                 `json:"resourceCode" gorm:"size:36;comment:资源编码"`                         // 资源编号
	ResourceType   int8                   `json:"resourceType" gorm:"not null;comment:资源类型"`                        // 资源类型
	Type           AuthCertType           `json:"type" gorm:"comment:凭证类型"`                                         // 凭证类型
	Username       string                 `json:"username" gorm:"size:100;comment:用户名"`                             // 用户名
	Ciphertext     string                 `json:"ciphertext" gorm:"size:5000;comment:密文内容"`                         // 密文
	CiphertextType AuthCertCiphertextType `json:"ciphertextType" gorm:"not null;comment:密文类型（-1.公共授权凭证 1.密码 2.秘钥）"` // 密文类型
	Remark         string                 `json:"remark" gorm:"size:255;comment:备注"`                                // 备注
}

// CiphertextEncrypt 密文加密 (trimmed: utils.PwdAesEncrypt)
func (m *ResourceAuthCert) CiphertextEncrypt() error {
	return nil
}

// 密文类型
type AuthCertCiphertextType int8

// 凭证类型
type AuthCertType int8

const (
	AuthCertCiphertextTypePublic     AuthCertCiphertextType = -1 // 公共授权凭证密文
	AuthCertCiphertextTypePassword   AuthCertCiphertextType = 1  // 密码
	AuthCertCiphertextTypePrivateKey AuthCertCiphertextType = 2  // 私钥

	AuthCertTypePrivate        AuthCertType = 1  // 普通私有凭证
	AuthCertTypePrivileged     AuthCertType = 11 // 特权私有凭证
	AuthCertTypePrivateDefault AuthCertType = 12 // 默认私有凭证
	AuthCertTypePublic         AuthCertType = 2  // 公共凭证（可多个资源共享该授权凭证）
)
