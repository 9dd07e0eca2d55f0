package application

import (
	"context"

	"example.com/heldout/mayflygo/internal/tag/application/dto"
	"example.com/heldout/mayflygo/internal/tag/domain/entity"
	"example.com/heldout/mayflygo/internal/tag/domain/repository"
	"example.com/heldout/mayflygo/internal/tag/imsg"
	"example.com/heldout/mayflygo/pkg/base"
	"example.com/heldout/mayflygo/pkg/contextx"
	"example.com/heldout/mayflygo/pkg/errorx"
	"example.com/heldout/mayflygo/pkg/logx"
)

// server/internal/tag/application/team.go
type Team interface {
	base.App[*entity.Team]

	// SaveTeam 保存团队信息
	SaveTeam(ctx context.Context, team *dto.SaveTeam) error

	SaveMember(ctx context.Context, tagTeamMember *entity.TeamMember) error

	IsExistMember(teamId, accounId uint64) bool
}

type teamAppImpl struct {
	base.AppImpl[*entity.Team, repository.Team]

	teamMemberRepo   repository.TeamMember `inject:"T"`
	tagTreeRelateApp TagTreeRelate         `inject:"T"`
}

var _ (Team) = (*teamAppImpl)(nil)

// SaveTeam (team.go:54): POST /teams (api/team.go).
func (p *teamAppImpl) SaveTeam(ctx context.Context, saveParam *dto.SaveTeam) error {
	team := &entity.Team{
		Name:              saveParam.Name,
		ValidityStartDate: &saveParam.ValidityStartDate.Time,
		ValidityEndDate:   &saveParam.ValidityEndDate.Time,
		Remark:            saveParam.Remark,
	}
	team.Id = saveParam.Id

	return p.Tx(ctx, func(ctx context.Context) error {
		if team.Id == 0 {
			// the count runs on global.Db (gormx.CountByCond), outside this transaction;
			// even inside it, REPEATABLE READ would not stop a concurrent insert.
			if p.CountByCond(&entity.Team{Name: saveParam.Name}) > 0 { // race; no unique key: t_team.name has no unique tag (entity/team.go:12) nor UNIQUE KEY (mayfly-go.sql:987-1002)
				return errorx.NewBizI(ctx, imsg.ErrNameExist)
			}

			if err := p.Insert(ctx, team); err != nil {
				return err
			}

			loginAccount := contextx.GetLoginAccount(ctx)
			logx.InfoContext(ctx, "Add [%s] to the [%s] team by default", loginAccount.Username, team.Name)

			teamMem := &entity.TeamMember{}
			teamMem.AccountId = loginAccount.Id
			teamMem.Username = loginAccount.Username
			teamMem.TeamId = team.Id
			if err := p.SaveMember(ctx, teamMem); err != nil {
				return err
			}
		} else {
			// 置空名称，防止变更
			team.Name = ""
			if err := p.UpdateById(ctx, team); err != nil {
				return err
			}
		}

		// 保存团队关联的标签信息
		return p.tagTreeRelateApp.RelateTag(ctx, entity.TagRelateTypeTeam, team.Id, saveParam.CodePaths...)
	})
}

// 保存团队成员信息 (team.go:119): POST /teams/:id/members (api/team.go:89
// SaveTeamMember, which first skips ids for which IsExistMember is true, :95)
// and SaveTeam above.
func (p *teamAppImpl) SaveMember(ctx context.Context, teamMember *entity.TeamMember) error {
	teamMember.Id = 0
	if p.teamMemberRepo.IsExist(teamMember.TeamId, teamMember.AccountId) { // race; no unique key: t_team_member (team_id, account_id) has no unique tag (entity/team_member.go:6) nor UNIQUE KEY (mayfly-go.sql:1015-1029)
		return errorx.NewBizI(ctx, imsg.ErrMemeberExist)
	}
	return p.teamMemberRepo.Insert(ctx, teamMember)
}

func (p *teamAppImpl) IsExistMember(teamId, accounId uint64) bool {
	return p.teamMemberRepo.IsExist(teamId, accounId)
}
