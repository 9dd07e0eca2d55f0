package sqlstore

import (
	"database/sql"
	"encoding/json"

	"example.com/heldout/focalboard/server/model"

	"example.com/heldout/focalboard/pkg/mlog"
)

// CloseRows reproduces sqlstore/util.go:17.
func (s *SQLStore) CloseRows(rows *sql.Rows) {
	if err := rows.Close(); err != nil {
		s.logger.Error("error closing MattermostAuthLayer row set", mlog.Err(err))
	}
}

func (s *SQLStore) IsErrNotFound(err error) bool {
	return model.IsErrNotFound(err)
}

// MarshalJSONB reproduces sqlstore/util.go:27.
func (s *SQLStore) MarshalJSONB(data interface{}) ([]byte, error) {
	b, err := json.Marshal(data)
	if err != nil {
		return nil, err
	}

	if s.isBinaryParam {
		b = append([]byte{0x01}, b...)
	}

	return b, nil
}
