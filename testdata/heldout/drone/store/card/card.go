// Package card is a trimmed copy of github.com/drone/drone/store/card
// (card.go and scan.go).
package card

import (
	"context"
	"io"
	"io/ioutil"

	"example.com/heldout/drone/core"
	"example.com/heldout/drone/store/shared/db"
)

func New(db *db.DB) core.CardStore {
	return &cardStore{
		db: db,
	}
}

type cardStore struct {
	db *db.DB
}

type card struct {
	Id   int64  `json:"id,omitempty"`
	Data []byte `json:"card_data"`
}

func (c cardStore) Create(ctx context.Context, step int64, r io.Reader) error {
	data, err := ioutil.ReadAll(r)
	if err != nil {
		return err
	}
	return c.db.Lock(func(execer db.Execer, binder db.Binder) error {
		in := &card{
			Id:   step,
			Data: data,
		}
		params, err := toParams(in)
		if err != nil {
			return err
		}
		stmt, args, err := binder.BindNamed(stmtInsert, params)
		if err != nil {
			return err
		}
		_, err = execer.Exec(stmt, args...)
		return err
	})
}

func toParams(card *card) (map[string]interface{}, error) {
	return map[string]interface{}{
		"card_id":   card.Id,
		"card_data": card.Data,
	}, nil
}

const stmtInsert = `
INSERT INTO cards (
 card_id
,card_data
) VALUES (
 :card_id
,:card_data
)
`
