package sqlstore

import (
	"context"

	"xorm.io/xorm"
)

// Upstream: pkg/services/sqlstore/session.go (tracing spans and the SQLite
// lock retry loop of withDbSession dropped).

type DBSession struct {
	*xorm.Session
	transactionOpen bool
	events          []any
}

type DBTransactionFunc func(sess *DBSession) error

func (sess *DBSession) PublishAfterCommit(msg any) {
	sess.events = append(sess.events, msg)
}

// TransactionOpen returns whether this session has an active transaction
func (sess *DBSession) TransactionOpen() bool {
	return sess.transactionOpen
}

func startSessionOrUseExisting(ctx context.Context, engine *xorm.Engine, beginTran bool) (*DBSession, bool, error) {
	value := ctx.Value(ContextSessionKey{})
	var sess *DBSession
	sess, ok := value.(*DBSession)

	if ok {
		sess.Session = sess.Context(ctx)

		// If we found an existing session and it has a transaction open,
		// reuse it regardless of the beginTran parameter
		if sess.transactionOpen {
			return sess, false, nil
		}

		// If there's an existing session but no transaction, and we need a transaction,
		// we need to start one on the existing session to avoid nested transaction issues
		if beginTran {
			err := sess.Begin()
			if err != nil {
				return nil, false, err
			}
			sess.transactionOpen = true
			return sess, false, nil
		}

		return sess, false, nil
	}

	newSess := &DBSession{Session: engine.NewSession(), transactionOpen: beginTran}

	if beginTran {
		err := newSess.Begin()
		if err != nil {
			return nil, false, err
		}
	}
	newSess.Session = newSess.Context(ctx)

	return newSess, true, nil
}

// WithDbSession calls the callback with the session in the context (if exists).
// Otherwise it creates a new one that is closed upon completion.
// A session is stored in the context if sqlstore.InTransaction() has been previously called with the same context (and it's not committed/rolledback yet).
func (ss *SQLStore) WithDbSession(ctx context.Context, callback DBTransactionFunc) error {
	return ss.withDbSession(ctx, ss.engine, callback)
}

func (ss *SQLStore) withDbSession(ctx context.Context, engine *xorm.Engine, callback DBTransactionFunc) error {
	sess, isNew, err := startSessionOrUseExisting(ctx, engine, false)
	if err != nil {
		return err
	}

	if isNew {
		defer func() { _ = sess.Close() }()
	}
	return callback(sess)
}
