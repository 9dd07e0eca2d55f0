// Package handler reproduces ArtalkJS/Artalk d25beede911d server/handler.
package handler

import (
	"errors"
	"fmt"
	"strings"

	"example.com/heldout/artalk/internal/core"
	"example.com/heldout/artalk/internal/dao"
	"example.com/heldout/artalk/internal/entity"
	"example.com/heldout/artalk/internal/i18n"
	"example.com/heldout/artalk/server/common"
	"example.com/heldout/artalk/third_party/fiber"
	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// ResponseVote reproduces server/handler/vote.go:18.
type ResponseVote struct {
	Up     int  `json:"up"`
	Down   int  `json:"down"`
	IsUp   bool `json:"is_up"`
	IsDown bool `json:"is_down"`
}

// ParamsVoteCreate reproduces server/handler/vote.go:73.
type ParamsVoteCreate struct {
	Name  string `json:"name" validate:"optional"`  // The username
	Email string `json:"email" validate:"optional"` // The user email
}

// VoteCreate reproduces server/handler/vote.go:93.
func VoteCreate(app *core.App, router fiber.Router) {
	router.Post("/votes/:target_name/:target_id/:choice", common.LimiterGuard(app, func(c *fiber.Ctx) error {
		targetName := c.Params("target_name")
		targetID, _ := c.ParamsInt("target_id")
		choice := c.Params("choice")
		ip := c.IP()

		var p ParamsVoteCreate
		if isOK, resp := common.ParamsDecode(c, &p); !isOK {
			return resp
		}

		if choice != "up" && choice != "down" {
			return common.RespError(c, 404, "unknown vote choice")
		}

		// Find the target model
		var (
			comment entity.Comment
			page    entity.Page
			user    entity.User
		)

		switch targetName {
		case "comment":
			comment = app.Dao().FindComment(uint(targetID))
			if comment.IsEmpty() {
				return common.RespError(c, 404, i18n.T("{{name}} not found", Map{"name": i18n.T("Comment")}))
			}
		case "page":
			page = app.Dao().FindPageByID(uint(targetID))
			if page.IsEmpty() {
				return common.RespError(c, 404, i18n.T("{{name}} not found", Map{"name": i18n.T("Page")}))
			}
		default:
			return common.RespError(c, 404, "unknown vote target name")
		}

		// Find user
		if p.Name != "" && p.Email != "" {
			var err error
			user, err = app.Dao().FindCreateUser(p.Name, p.Email, "")
			if err != nil {
				return common.RespError(c, 500, "Failed to create user")
			}
		}

		result, err := updateVote(app.Dao(), createNewVoteParams{
			ip:         ip,
			ua:         string(c.Request().Header.UserAgent()),
			userID:     user.ID,
			targetName: targetName,
			targetID:   uint(targetID),
			choice:     choice,
		})
		if err != nil {
			if errors.Is(err, gorm.ErrRecordNotFound) {
				target := i18n.T("Comment")
				if targetName == "page" {
					target = i18n.T("Page")
				}
				return common.RespError(c, 404, i18n.T("{{name}} not found", Map{"name": target}))
			}
			return common.RespError(c, 500, "Failed to update vote")
		}

		return common.RespData(c, result)
	}))
}

// getVoteChoice reproduces server/handler/vote.go:164.
// VoteChoice is `up` or `down`
func getVoteChoice(voteType string) string {
	choice := strings.TrimPrefix(strings.TrimPrefix(voteType, "comment_"), "page_")
	if choice != "up" && choice != "down" {
		return ""
	}
	return choice
}

// createNewVoteParams reproduces server/handler/vote.go:183.
type createNewVoteParams struct {
	ip         string
	ua         string
	userID     uint
	targetName string
	targetID   uint
	choice     string
}

// updateVote reproduces server/handler/vote.go:192.
func updateVote(d *dao.Dao, opts createNewVoteParams) (ResponseVote, error) {
	var (
		result  ResponseVote
		comment entity.Comment
		page    entity.Page
	)

	err := d.DB().Transaction(func(tx *gorm.DB) error {
		switch opts.targetName {
		case "comment":
			if err := tx.Clauses(clause.Locking{Strength: "UPDATE"}).First(&comment, opts.targetID).Error; err != nil {
				return fmt.Errorf("lock vote comment: %w", err)
			}
		case "page":
			if err := tx.Clauses(clause.Locking{Strength: "UPDATE"}).First(&page, opts.targetID).Error; err != nil {
				return fmt.Errorf("lock vote page: %w", err)
			}
		default:
			return fmt.Errorf("unknown vote target %q", opts.targetName)
		}

		voteTypes := []entity.VoteType{
			entity.VoteType(opts.targetName + "_up"),
			entity.VoteType(opts.targetName + "_down"),
		}
		var existingVotes []entity.Vote
		if err := tx.Where("type IN ? AND target_id = ? AND ip = ?", voteTypes, opts.targetID, opts.ip).Find(&existingVotes).Error; err != nil { // safe: parent row locked FOR UPDATE in the same transaction
			return fmt.Errorf("find existing votes: %w", err)
		}

		selectedChoice := opts.choice
		if len(existingVotes) > 0 {
			existingChoice := getVoteChoice(string(existingVotes[0].Type))
			if err := tx.Unscoped().Delete(&existingVotes).Error; err != nil {
				return fmt.Errorf("delete existing votes: %w", err)
			}
			if selectedChoice == existingChoice {
				selectedChoice = ""
			}
		}

		if selectedChoice != "" {
			vote := entity.Vote{
				TargetID: opts.targetID,
				Type:     entity.VoteType(opts.targetName + "_" + selectedChoice),
				UserID:   opts.userID,
				UA:       opts.ua,
				IP:       opts.ip,
			}
			if err := tx.Create(&vote).Error; err != nil {
				return fmt.Errorf("create vote: %w", err)
			}
		}

		var up, down int64
		if err := tx.Model(&entity.Vote{}).Where("target_id = ? AND type = ?", opts.targetID, voteTypes[0]).Count(&up).Error; err != nil {
			return fmt.Errorf("count up votes: %w", err)
		}
		if err := tx.Model(&entity.Vote{}).Where("target_id = ? AND type = ?", opts.targetID, voteTypes[1]).Count(&down).Error; err != nil {
			return fmt.Errorf("count down votes: %w", err)
		}

		updates := map[string]any{"vote_up": int(up), "vote_down": int(down)}
		switch opts.targetName {
		case "comment":
			comment.VoteUp, comment.VoteDown = int(up), int(down)
			if err := tx.Model(&comment).Updates(updates).Error; err != nil {
				return fmt.Errorf("update comment vote counts: %w", err)
			}
		case "page":
			page.VoteUp, page.VoteDown = int(up), int(down)
			if err := tx.Model(&page).Updates(updates).Error; err != nil {
				return fmt.Errorf("update page vote counts: %w", err)
			}
		}

		result = ResponseVote{
			Up:     int(up),
			Down:   int(down),
			IsUp:   selectedChoice == "up",
			IsDown: selectedChoice == "down",
		}
		return nil
	})
	if err != nil {
		return ResponseVote{}, err
	}

	d.CacheAction(func(cache *dao.DaoCache) {
		if opts.targetName == "comment" {
			_ = cache.CommentCacheSave(&comment)
		} else {
			_ = cache.PageCacheSave(&page)
		}
	})

	return result, nil
}
