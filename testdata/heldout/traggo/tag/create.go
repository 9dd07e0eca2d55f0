package tag

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"example.com/heldout/traggo/auth"
	"example.com/heldout/traggo/model"
	"example.com/heldout/traggo/pkg/copier"
	"example.com/heldout/traggo/pkg/gqlmodel"
	"gorm.io/gorm"
)

// CreateTag reproduces tag/create.go:15 (lookup :30, insert :34).
func (r *ResolverForTag) CreateTag(ctx context.Context, key string, color string) (*gqlmodel.TagDefinition, error) {
	if strings.TrimSpace(key) == "" {
		return nil, fmt.Errorf("tag must not be empty")
	}
	if strings.Contains(key, " ") {
		return nil, fmt.Errorf("tag must not contain spaces")
	}

	userID := auth.GetUser(ctx).ID
	definition := &model.TagDefinition{
		Key:    strings.ToLower(key),
		Color:  color,
		UserID: userID,
	}

	// Two concurrent createTag mutations of one key by one user both see no row and
	// both insert: tag_definitions has no primary key and no index at all.
	if !errors.Is(r.DB.Where("user_id = ?", userID).Where("key = ?", strings.ToLower(key)).Take(new(model.TagDefinition)).Error, gorm.ErrRecordNotFound) { // race; no unique key: TagDefinition (model/tagdefinition.go:4-9) has no primary key and no unique/index tag, tables come from AutoMigrate only
		return nil, fmt.Errorf("tag with key '%s' does already exist", definition.Key)
	}

	create := r.DB.Create(&definition)
	gqlTag := &gqlmodel.TagDefinition{}
	copier.Copy(gqlTag, definition)
	return gqlTag, create.Error
}
