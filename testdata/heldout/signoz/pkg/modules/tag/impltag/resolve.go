package impltag

import (
	"context"
	"strings"

	"example.com/heldout/signoz/pkg/types/coretypes"
	"example.com/heldout/signoz/pkg/types/tagtypes"
	"example.com/heldout/signoz/pkg/valuer"
)

// resolve reproduces resolve.go:19 (preload :24, missing map entry :50).
// resolve canonicalizes a batch of user-supplied (key, value) tag pairs against
// the existing tags for an org. Lookup is case-insensitive on both key and
// value (matching the storage uniqueness rule); when an existing row matches,
// its display casing is reused.
func (m *module) resolve(ctx context.Context, orgID valuer.UUID, kind coretypes.Kind, postable []tagtypes.PostableTag) ([]*tagtypes.Tag, []*tagtypes.Tag, error) {
	if len(postable) == 0 {
		return nil, nil, nil
	}

	existing, err := m.store.List(ctx, orgID, kind) // safe: the missing tags are written by CreateOrGet's INSERT ... ON CONFLICT (org_id, kind, (LOWER(key)), (LOWER(value))) DO UPDATE ... RETURNING *, on the functional unique index of 100_add_tag_unique_index.go, which hands back the concurrent winner's row
	if err != nil {
		return nil, nil, err
	}

	lowercaseTagsMap := make(map[string]*tagtypes.Tag, len(existing))
	for _, t := range existing {
		mapKey := strings.ToLower(t.Key) + "\x00" + strings.ToLower(t.Value)
		lowercaseTagsMap[mapKey] = t
	}

	seenInRequestAlready := make(map[string]struct{}, len(postable)) // postable can have the same tag multiple times
	ordered := make([]*tagtypes.Tag, 0, len(postable))
	toCreate := make([]*tagtypes.Tag, 0)

	for _, p := range postable {
		key, value, err := tagtypes.ValidatePostableTag(p)
		if err != nil {
			return nil, nil, err
		}
		lookup := strings.ToLower(key) + "\x00" + strings.ToLower(value)
		if _, dup := seenInRequestAlready[lookup]; dup {
			continue
		}
		seenInRequestAlready[lookup] = struct{}{}

		if existingTag, ok := lowercaseTagsMap[lookup]; ok {
			ordered = append(ordered, existingTag)
			continue
		}
		newTag := tagtypes.NewTag(orgID, kind, key, value)
		ordered = append(ordered, newTag)
		toCreate = append(toCreate, newTag)
	}

	return ordered, toCreate, nil
}
