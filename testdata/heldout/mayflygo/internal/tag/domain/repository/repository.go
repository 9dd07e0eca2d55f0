package repository

import (
	"example.com/heldout/mayflygo/internal/tag/domain/entity"
	"example.com/heldout/mayflygo/pkg/base"
)

// server/internal/tag/domain/repository/tag_tree.go
type TagTree interface {
	base.Repo[*entity.TagTree]

	// 根据条件查询
	SelectByCondition(condition *entity.TagTreeQuery, toEntity any, orderBy ...string)
}

// server/internal/tag/domain/repository/team.go
type Team interface {
	base.Repo[*entity.Team]
}

// server/internal/tag/domain/repository/team_member.go
type TeamMember interface {
	base.Repo[*entity.TeamMember]

	// 是否存在指定的团队成员关联信息
	IsExist(teamId, accountId uint64) bool
}

// server/internal/tag/domain/repository/tag_tree_relate.go
type TagTreeRelate interface {
	base.Repo[*entity.TagTreeRelate]

	// SelectTagPathsByAccountId 根据账号id获取该账号可访问操作的标签codePaths
	SelectTagPathsByAccountId(accountId uint64) []string
}

// server/internal/tag/domain/repository/resource_auth_cert.go
type ResourceAuthCert interface {
	base.Repo[*entity.ResourceAuthCert]
}
