package utils

// Paginate iterates over a func call until it does not return new items and
// return it as list (shared/utils/paginate.go, reduced).
func Paginate[T any](get func(page int) ([]T, error), limit int) ([]T, error) {
	items := make([]T, 0, 10)
	for page := 1; limit < 1 || page <= limit; page++ {
		batch, err := get(page)
		if err != nil {
			return nil, err
		}
		if len(batch) == 0 {
			break
		}
		items = append(items, batch...)
	}
	return items, nil
}
