package tagimpl

import (
	"context"

	"example.com/heldout/grafana/pkg/infra/db"
	"example.com/heldout/grafana/pkg/services/tag"
)

// Upstream: pkg/services/tag/tagimpl/xorm_store.go (stored version with
// innerGetTag, index id 649436668, 1098 chars; path inferred). Verbatim.

type sqlStore struct {
	db db.DB
}

// EnsureTagsExist — upstream :14 (lookup :17, insert :22, unique-violation
// re-read :24-25).
func (s *sqlStore) EnsureTagsExist(ctx context.Context, tags []*tag.Tag) ([]*tag.Tag, error) {
	err := s.db.WithDbSession(ctx, func(sess *db.Session) error {
		for _, tagElement := range tags {
			exists, err := s.innerGetTag(sess, tagElement) // safe: the losing INSERT's unique violation on UQE_tag_key_value is caught and the row is re-read (caveat: on PostgreSQL inside a caller's open transaction the failed INSERT aborts that transaction)
			if err != nil {
				return err
			}
			if !exists {
				_, err := sess.Table("tag").Insert(tagElement)
				if err != nil {
					if s.db.GetDialect().IsUniqueConstraintViolation(err) {
						_, err := s.innerGetTag(sess, tagElement)
						return err
					}

					return err
				}
			}
		}
		return nil
	})
	return tags, err
}

// innerGetTag — upstream :38 (lookup :40).
func (s *sqlStore) innerGetTag(sess *db.Session, tagElement *tag.Tag) (bool, error) {
	var existingTag tag.Tag
	exists, err := sess.Table("tag").Where("`key`=? AND `value`=?", tagElement.Key, tagElement.Value).Get(&existingTag)
	if err != nil {
		return false, err
	}
	if !exists {
		return false, nil
	}

	tagElement.Id = existingTag.Id
	return true, nil
}
