// xorm: the bean's non-zero fields are Get's conditions (gitea's
// `Get(&User{LowerName: name})`), from a literal or a variable defined by
// one.
package bean_conditions

import (
	"xorm.io/xorm"
)

type Tag struct {
	ID   int64  `xorm:"pk autoincr 'id'"`
	Slug string `xorm:"varchar(100) unique"`
	Name string
}

// TagFor looks the tag up by the bean's Slug.
func TagFor(engine *xorm.Engine, slug string) (*Tag, error) {
	t := &Tag{Slug: slug}
	has, err := engine.Get(t)
	if err != nil {
		return nil, err
	}
	if has {
		return t, nil
	}
	nt := &Tag{Slug: slug, Name: "tag " + slug}
	if _, err := engine.InsertOne(nt); err != nil {
		return nil, err
	}
	return nt, nil
}

// Unknown is reported without a fix: the bean comes from the caller, so
// which of its fields are conditions is not known here.
func Unknown(engine *xorm.Engine, t *Tag) error {
	has, err := engine.Get(t)
	if err != nil {
		return err
	}
	if !has {
		_, err = engine.Insert(t)
	}
	return err
}
