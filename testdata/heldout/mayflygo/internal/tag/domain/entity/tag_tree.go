package entity

import (
	"fmt"
	"strings"

	"example.com/heldout/mayflygo/internal/pkg/consts"
	"example.com/heldout/mayflygo/pkg/model"
	"example.com/heldout/mayflygo/pkg/utils/collx"
)

// 标签树 (server/internal/tag/domain/entity/tag_tree.go:14; t_tag_tree).
// Both indexes are non-unique: `index:idx_tag_code` (:18) and
// `index:idx_tag_code_path,length:255` (:19); mayfly-go.sql:931-949 has
// KEY `idx_code_path` and KEY `idx_code`, no UNIQUE KEY.
type TagTree struct {
	model.Model

	Type     TagType `json:"type" gorm:"not null;default:-1;comment:类型： -1.普通标签； 1机器  2db 3redis 4mongo"`        // 类型： -1.普通标签； 其他值则为对应的资源类型
	Code     string  `json:"code" gorm:"not null;size:50;index:idx_tag_code;comment:标识符"`                        // 标识编码, 若类型不为-1，则为对应资源编码
	CodePath string  `json:"codePath" gorm:"not null;size:700;index:idx_tag_code_path,length:255;comment:标识符路径"` // 标识路径
	Name     string  `json:"name" gorm:"size:50;comment:名称"`                                                     // 名称
	Remark   string  `json:"remark" gorm:"size:255;"`                                                            // 备注说明
}

type TagType int8

const (
	// 标识路径分隔符
	CodePathSeparator = "/"
	// 标签路径资源段分隔符
	CodePathResourceSeparator = "|"

	TagTypeTag        TagType = -1
	TagTypeMachine    TagType = TagType(consts.ResourceTypeMachine)
	TagTypeDbInstance TagType = TagType(consts.ResourceTypeDbInstance) // 数据库实例
	TagTypeEsInstance TagType = TagType(consts.ResourceTypeEsInstance) // es实例
	TagTypeRedis      TagType = TagType(consts.ResourceTypeRedis)
	TagTypeMongo      TagType = TagType(consts.ResourceTypeMongo)
	TagTypeAuthCert   TagType = TagType(consts.ResourceTypeAuthCert) // 授权凭证类型
	TagTypeContainer  TagType = TagType(consts.ResourceTypeContainer)

	TagTypeDb TagType = 22 // 数据库名
)

// CodePath 标签编号路径 如: tag1/tag2/resourceType1|xxxcode/resourceType2|yyycode/
type CodePath string

// GetPathSections 根据标签编号路径获取路径段落
func (cp CodePath) GetPathSections() PathSections {
	codePath := strings.TrimSuffix(string(cp), CodePathSeparator)
	var sections PathSections

	codes := strings.Split(codePath, CodePathSeparator)
	path := ""
	for _, code := range codes {
		path += code + CodePathSeparator

		typeAndCode := strings.Split(code, CodePathResourceSeparator)
		var tagType TagType
		var tagCode string

		if len(typeAndCode) < 2 {
			tagType = TagTypeTag
			tagCode = typeAndCode[0]
		} else {
			var t int
			fmt.Sscan(typeAndCode[0], &t)
			tagType = TagType(t)
			tagCode = typeAndCode[1]
		}

		sections = append(sections, &PathSection{
			Type: tagType,
			Code: tagCode,
			Path: path,
		})
	}

	return sections
}

// CanAccess 判断该标签路径是否允许访问操作指定标签路径
func (cp CodePath) CanAccess(codePath string) bool {
	return strings.HasPrefix(codePath, string(cp))
}

// PathSection 标签路径段
type PathSection struct {
	Type TagType `json:"type"`
	Code string  `json:"code"`
	Path string  `json:"path"`
}

type PathSections []*PathSection // 标签段数组

// ToCodePath 转为codePath
func (tps PathSections) ToCodePath() string {
	return strings.Join(collx.ArrayMap(tps, func(tp *PathSection) string {
		if tp.Type == TagTypeTag {
			return tp.Code
		}
		return fmt.Sprintf("%d%s%s", tp.Type, CodePathResourceSeparator, tp.Code)
	}), CodePathSeparator) + CodePathSeparator
}
