package services

// CheckServices (routine.go:30) starts one checker goroutine per service;
// trimmed.
func CheckServices() {
	for _, s := range allServices {
		go ServiceCheckQueue(s, true)
	}
}

// ServiceCheckQueue (routine.go:39) is the per-service check loop; it inserts
// hits/failures rows with fresh ids. Trimmed.
func ServiceCheckQueue(s *Service, record bool) {}
