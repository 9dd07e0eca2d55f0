package entity

import (
	"time"

	"example.com/heldout/mayflygo/pkg/model"
)

// 团队信息 (server/internal/tag/domain/entity/team.go:9; t_team, `name` has no
// unique tag; mayfly-go.sql:987-1002 only PRIMARY KEY (`id`)).
type Team struct {
	model.Model

	Name              string     `json:"name" gorm:"not null;size:36;comment:名称"` // 名称
	ValidityStartDate *time.Time `json:"validityStartDate" gorm:"comment:生效开始时间"` // 生效开始时间
	ValidityEndDate   *time.Time `json:"validityEndDate" gorm:"comment:生效结束时间"`   // 生效结束时间
	Remark            string     `json:"remark" gorm:"size:255;"`                 // 备注说明
}

// 团队成员关联信息 (team_member.go:6; t_team_member, no index on
// (team_id, account_id); mayfly-go.sql:1015-1029 only PRIMARY KEY (`id`)).
type TeamMember struct {
	model.Model

	TeamId    uint64 `json:"teamId" gorm:"not null;"`
	AccountId uint64 `json:"accountId" gorm:"not null;"`
	Username  string `json:"username" gorm:"size:50;not null;"`
}
