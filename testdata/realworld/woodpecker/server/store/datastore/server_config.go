package datastore

import "example.com/realworld/woodpecker/server/model"

// ServerConfigGet is server/store/datastore/server_config.go:19.
func (s storage) ServerConfigGet(key string) (string, error) {
	config := new(model.ServerConfig)
	err := wrapGet(s.engine.ID(key).Get(config))
	if err != nil {
		return "", err
	}

	return config.Value, nil
}

// ServerConfigSet is server_config.go:29. Its only callers run at start-up,
// one after the other, before any server goroutine exists:
// cmd/server/setup.go setupJWTSecret and server/services/setup.go
// setupSignatureKeys (the encryption service that would also call it is
// not wired, server/services/setup.go:58-64).
func (s storage) ServerConfigSet(key, value string) error {
	config := &model.ServerConfig{
		Key: key,
	}

	sess := s.engine.NewSession()
	defer sess.Close()
	if err := sess.Begin(); err != nil {
		return err
	}

	count, err := sess.Count(config) // safe: only start-up callers, run sequentially before the servers start (cmd/server/server.go:120 setupEvilGlobals before the errgroup at :126)
	if err != nil {
		return err
	}

	config.Value = value

	if count == 0 {
		err = wrapInsert(sess.Insert(config))
	} else {
		_, err = sess.Where("`key` = ?", config.Key).Cols("value").Update(config)
	}
	if err != nil {
		return err
	}

	return sess.Commit()
}
