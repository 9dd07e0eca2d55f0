package models

import (
	"fmt"
	"time"

	"example.com/heldout/nightingale/pkg/ctx"
)

// AISkillFile reproduces models/ai_skill_file.go:13 (table ai_skill_file,
// docker/migratesql/migrate.sql:441-453: PRIMARY KEY (id), KEY idx_skill_id).
type AISkillFile struct {
	Id        int64  `json:"id" gorm:"primaryKey;autoIncrement"`
	SkillId   int64  `json:"skill_id" gorm:"type:bigint;not null;default:0;index:idx_skill_id"`
	Name      string `json:"name" gorm:"type:varchar(255);not null;default:''"`
	Content   string `json:"content" gorm:"type:mediumtext"`
	Size      int64  `json:"size" gorm:"type:bigint;not null;default:0"`
	CreatedAt int64  `json:"created_at" gorm:"type:bigint;not null;default:0"`
	CreatedBy string `json:"created_by" gorm:"type:varchar(64);not null;default:''"`
	UpdatedAt int64  `json:"updated_at" gorm:"type:bigint;not null;default:0"`
	UpdatedBy string `json:"updated_by" gorm:"type:varchar(64);not null;default:''"`
}

func (f *AISkillFile) TableName() string {
	return "ai_skill_file"
}

// MaxFilesPerSkill caps how many files (ai_skill_file rows, SKILL.md included)
// a single skill may hold (models/ai_skill_file.go:34).
var MaxFilesPerSkill = 1000

// Create reproduces models/ai_skill_file.go:76 (count :84, insert :89); it has
// no caller at this commit.
func (f *AISkillFile) Create(c *ctx.Context) error {
	now := time.Now().Unix()
	f.Size = int64(len(f.Content))
	f.CreatedAt = now
	f.UpdatedAt = now
	f.UpdatedBy = f.CreatedBy

	var count int64
	DB(c).Model(&AISkillFile{}).Where("skill_id = ?", f.SkillId).Count(&count) // safe: a per-skill count limit (MaxFilesPerSkill), not a lookup of the inserted row, which gets a fresh auto-increment id; concurrent creates can only overshoot the cap
	if count >= int64(MaxFilesPerSkill) {
		return fmt.Errorf("max %d files per skill", MaxFilesPerSkill)
	}

	return Insert(c, f)
}
