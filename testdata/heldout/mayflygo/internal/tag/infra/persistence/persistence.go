package persistence

import (
	"time"

	"example.com/heldout/mayflygo/internal/tag/domain/entity"
	"example.com/heldout/mayflygo/internal/tag/domain/repository"
	"example.com/heldout/mayflygo/pkg/base"
	"example.com/heldout/mayflygo/pkg/global"
	"example.com/heldout/mayflygo/pkg/model"
)

// server/internal/tag/infra/persistence/tag_tree.go
type tagTreeRepoImpl struct {
	base.RepoImpl[*entity.TagTree]
}

func newTagTreeRepo() repository.TagTree {
	return &tagTreeRepoImpl{}
}

func (p *tagTreeRepoImpl) SelectByCondition(condition *entity.TagTreeQuery, toEntity any, orderBy ...string) {
	cond := model.NewCond().Like("name", condition.Name).
		Eq("id", condition.Id).
		In("code", condition.Codes).
		In("code_path", condition.CodePaths).
		In("type", condition.Types).
		OrderByAsc("type").OrderByAsc("code_path")

	if len(condition.CodePathLikes) > 0 {
		codePathLikesAnd := ""
		cocePathLikesParams := make([]any, 0)

		for i, v := range condition.CodePathLikes {
			if i == 0 {
				codePathLikesAnd = codePathLikesAnd + "code_path LIKE ?"
			} else {
				codePathLikesAnd = codePathLikesAnd + " OR code_path LIKE ?"
			}
			cocePathLikesParams = append(cocePathLikesParams, v+"%")
		}

		cond.And(codePathLikesAnd, cocePathLikesParams...)
	}

	p.SelectByCondToAny(cond, toEntity)
}

// server/internal/tag/infra/persistence/team.go
type teamRepoImpl struct {
	base.RepoImpl[*entity.Team]
}

func newTeamRepo() repository.Team {
	return &teamRepoImpl{}
}

// server/internal/tag/infra/persistence/team_member.go
type teamMemberRepoImpl struct {
	base.RepoImpl[*entity.TeamMember]
}

func newTeamMemberRepo() repository.TeamMember {
	return &teamMemberRepoImpl{}
}

// IsExist (team_member.go:38)
func (p *teamMemberRepoImpl) IsExist(teamId, accountId uint64) bool {
	return p.CountByCond(&entity.TeamMember{TeamId: teamId, AccountId: accountId}) > 0
}

// server/internal/tag/infra/persistence/tag_tree_relate.go
type tagTreeRelateRepoImpl struct {
	base.RepoImpl[*entity.TagTreeRelate]
}

func newTagTreeRelateRepo() repository.TagTreeRelate {
	return &tagTreeRelateRepoImpl{}
}

func (tr *tagTreeRelateRepoImpl) SelectTagPathsByAccountId(accountId uint64) []string {
	var res []string
	sql := `
SELECT
	DISTINCT(t.code_path)
FROM t_tag_tree_relate t1
JOIN t_team_member t2 ON t1.relate_id = t2.team_id
JOIN t_team t3 ON t3.id = t2.team_id AND t3.validity_start_date < ? AND t3.validity_end_date > ?
JOIN t_tag_tree t ON t.id = t1.tag_id
WHERE
	t1.relate_type = ?
	AND t2.account_id = ?
	AND t1.is_deleted = 0
	AND t2.is_deleted = 0
	AND t.is_deleted = 0
ORDER BY
	t.code_path
	`
	now := time.Now()
	global.Db.Raw(sql, now, now, entity.TagRelateTypeTeam, accountId).Scan(&res)
	return res
}

// server/internal/tag/infra/persistence/resource_auth_cert.go
type resourceAuthCertRepoImpl struct {
	base.RepoImpl[*entity.ResourceAuthCert]
}

func newResourceAuthCertRepoImpl() repository.ResourceAuthCert {
	return &resourceAuthCertRepoImpl{}
}

// InitIoc (persistence.go:7)
func InitIoc() (repository.TagTree, repository.Team, repository.TeamMember, repository.TagTreeRelate, repository.ResourceAuthCert) {
	return newTagTreeRepo(), newTeamRepo(), newTeamMemberRepo(), newTagTreeRelateRepo(), newResourceAuthCertRepoImpl()
}
