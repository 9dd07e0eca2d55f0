package handlers

// Reproduces ImportTagsJSON of github.com/getfider/fider/app/handlers/tag_import_export.go.

import (
	"encoding/json"
	"strings"

	"example.com/heldout/fider/app"
	"example.com/heldout/fider/app/models/cmd"
	"example.com/heldout/fider/app/models/entity"
	"example.com/heldout/fider/app/models/query"
	"example.com/heldout/fider/app/pkg/bus"
	"example.com/heldout/fider/app/pkg/errors"
	"example.com/heldout/fider/app/pkg/web"
)

type importTagInput struct {
	Name     string `json:"name"`
	Color    string `json:"color"`
	IsPublic bool   `json:"isPublic"`
}

// ImportTagsResult is returned after an import
type ImportTagsResult struct {
	Created int      `json:"created"`
	Skipped int      `json:"skipped"`
	Errors  []string `json:"errors"`
}

// ImportTagsJSON accepts a JSON array of tags and creates missing ones
func ImportTagsJSON() web.HandlerFunc {
	return func(c *web.Context) error {
		if c.Request.ContentLength == 0 {
			return c.BadRequest(web.Map{"error": "request body is empty"})
		}

		var input []importTagInput
		if err := json.Unmarshal([]byte(c.Request.Body), &input); err != nil {
			return c.BadRequest(web.Map{"error": "invalid JSON: " + err.Error()})
		}

		if len(input) == 0 {
			return c.BadRequest(web.Map{"error": "no tags provided"})
		}

		// Fetch existing tags once so we can skip duplicates
		getAllTags := &query.GetAllTags{}
		// upstream tag_import_export.go:64-101: preload of the tenant's tags into a map keyed by
		// lower(name); a missing name -> AddNewTag (INSERT INTO tags with slug = slug.Make(name),
		// which is lower-cased, so equal names give equal slugs); tag_slug_tenant_key (tenant_id, slug)
		if err := bus.Dispatch(c, getAllTags); err != nil { // race
			return c.Failure(err)
		}

		existing := make(map[string]*entity.Tag, len(getAllTags.Result))
		for _, t := range getAllTags.Result {
			existing[strings.ToLower(t.Name)] = t
		}

		result := ImportTagsResult{}

		for _, t := range input {
			name := strings.TrimSpace(t.Name)
			color := strings.ToUpper(strings.TrimSpace(t.Color))

			if name == "" {
				result.Errors = append(result.Errors, "tag with empty name skipped")
				result.Skipped++
				continue
			}
			if len(color) != 6 {
				result.Errors = append(result.Errors, "tag '"+name+"': color must be exactly 6 hex characters")
				result.Skipped++
				continue
			}

			if _, exists := existing[strings.ToLower(name)]; exists {
				result.Skipped++
				continue
			}

			addTag := &cmd.AddNewTag{
				Name:     name,
				Color:    color,
				IsPublic: t.IsPublic,
			}
			if err := bus.Dispatch(c, addTag); err != nil {
				if errors.Cause(err) == app.ErrNotFound {
					result.Skipped++
				} else {
					result.Errors = append(result.Errors, "tag '"+name+"': "+err.Error())
					result.Skipped++
				}
				continue
			}

			existing[strings.ToLower(name)] = addTag.Result
			result.Created++
		}

		return c.Ok(result)
	}
}
