package metric

import (
	"context"
)

// ReclaimSpace reproduces maintenance.go:100 (orphan cleanup, checkpoint,
// VACUUM and the other drivers trimmed): it serializes against other
// maintenance calls through s.maintenanceMu.
func (s *Store) ReclaimSpace(ctx context.Context) error {
	ctx = context.Background()
	s.maintenanceMu.Lock()
	defer s.maintenanceMu.Unlock()

	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed || s.db == nil {
		return ErrClosed
	}

	switch s.cfg.Driver {
	case DriverSQLite:
		if err := s.reencodeLegacyDigests(ctx); err != nil {
			return err
		}
	}
	return nil
}
