// xorm: conditions written with xorm's builder (builder.Eq{"col": v}),
// as Apache Answer writes its activity lookups.
package builder_eq

import (
	"xorm.io/builder"
	"xorm.io/xorm"
)

type Vote struct {
	ID       int64 `xorm:"pk autoincr 'id'"`
	ObjectID int64 `xorm:"unique(v) 'object_id'"`
	UserID   int64 `xorm:"unique(v) 'user_id'"`
	Up       bool
}

// VoteUp records the user's vote on the object once.
func VoteUp(engine *xorm.Engine, objectID, userID int64) (bool, error) {
	v := &Vote{}
	exist, err := engine.Where(builder.Eq{"object_id": objectID}).And(builder.Eq{"user_id": userID}).Get(v)
	if err != nil {
		return false, err
	}
	if exist {
		return false, nil
	}
	if _, err := engine.Insert(&Vote{ObjectID: objectID, UserID: userID, Up: true}); err != nil {
		return false, err
	}
	return true, nil
}
