package model

import (
	"fmt"
	"strings"

	"example.com/heldout/focalboard/server/utils"
)

const (
	CategoryTypeSystem = "system"
	CategoryTypeCustom = "custom"
)

// Category reproduces server/model/category.go:19 (categories table,
// 000019_populate_categories.up.sql:1, PRIMARY KEY (id), non-unique index
// (user_id, team_id)).
type Category struct {
	ID        string `json:"id"`
	Name      string `json:"name"`
	UserID    string `json:"userID"`
	TeamID    string `json:"teamID"`
	CreateAt  int64  `json:"createAt"`
	UpdateAt  int64  `json:"updateAt"`
	DeleteAt  int64  `json:"deleteAt"`
	Collapsed bool   `json:"collapsed"`
	SortOrder int    `json:"sortOrder"`
	Sorting   string `json:"sorting"`
	Type      string `json:"type"`
}

// Hydrate reproduces server/model/category.go:65: a new category gets a
// fresh random ID.
func (c *Category) Hydrate() {
	if c.ID == "" {
		c.ID = utils.NewID(utils.IDTypeNone)
	}

	if c.CreateAt == 0 {
		c.CreateAt = utils.GetMillis()
	}

	if c.UpdateAt == 0 {
		c.UpdateAt = c.CreateAt
	}

	if c.SortOrder < 0 {
		c.SortOrder = 0
	}

	if strings.TrimSpace(c.Type) == "" {
		c.Type = CategoryTypeCustom
	}
}

// IsValid reproduces server/model/category.go:87.
func (c *Category) IsValid() error {
	if strings.TrimSpace(c.ID) == "" {
		return NewErrInvalidCategory("category ID cannot be empty")
	}

	if strings.TrimSpace(c.Name) == "" {
		return NewErrInvalidCategory("category name cannot be empty")
	}

	if strings.TrimSpace(c.UserID) == "" {
		return NewErrInvalidCategory("category user ID cannot be empty")
	}

	if strings.TrimSpace(c.TeamID) == "" {
		return NewErrInvalidCategory("category team id ID cannot be empty")
	}

	if c.Type != CategoryTypeCustom && c.Type != CategoryTypeSystem {
		return NewErrInvalidCategory(fmt.Sprintf("category type is invalid. Allowed types: %s and %s", CategoryTypeSystem, CategoryTypeCustom))
	}

	return nil
}

const CategoryBoardsSortOrderGap = 10

// CategoryBoards reproduces server/model/category_boards.go.
type CategoryBoards struct {
	Category

	BoardMetadata []CategoryBoardMetadata `json:"boardMetadata"`

	SortOrder int `json:"sortOrder"`
}

type CategoryBoardMetadata struct {
	BoardID string `json:"boardID"`
	Hidden  bool   `json:"hidden"`
}
