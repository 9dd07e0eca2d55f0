// xorm: the get-or-create inside engine.Transaction's callback, on the
// callback's session (Apache Answer's repositories): the insert runs in a
// savepoint taken with the session's Exec.
package tx_closure

import (
	"xorm.io/xorm"
)

type Config struct {
	ID    int64  `xorm:"pk autoincr 'id'"`
	Key   string `xorm:"varchar(64) unique 'cfg_key'"`
	Value string
}

// Set creates the config when missing, in a transaction.
func Set(engine *xorm.Engine, key, value string) error {
	_, err := engine.Transaction(func(session *xorm.Session) (any, error) {
		old := &Config{}
		exist, err := session.Where("cfg_key = ?", key).Get(old)
		if err != nil {
			return nil, err
		}
		if exist {
			return nil, nil
		}
		_, err = session.Insert(&Config{Key: key, Value: value})
		return nil, err
	})
	return err
}
