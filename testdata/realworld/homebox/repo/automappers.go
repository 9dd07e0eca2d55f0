// Package repo reproduces sysadminsmedia/homebox 8222a88de7b4 backend/internal/data/repo.
package repo

// MapFunc is data/repo/automappers.go:5.
type MapFunc[T any, U any] func(T) U

// Map is data/repo/automappers.go:7.
func (a MapFunc[T, U]) Map(v T) U {
	return a(v)
}

// MapErr is data/repo/automappers.go:17.
func (a MapFunc[T, U]) MapErr(v T, err error) (U, error) {
	if err != nil {
		var zero U
		return zero, err
	}

	return a(v), nil
}

// mapTErrFunc is data/repo/map_helpers.go:10.
func mapTErrFunc[T any, Y any](fn func(T) Y) func(T, error) (Y, error) {
	return func(t T, err error) (Y, error) {
		if err != nil {
			var zero Y
			return zero, err
		}

		return fn(t), nil
	}
}

// mapTEachErrFunc is data/repo/map_helpers.go:29 (lo.Map inlined).
func mapTEachErrFunc[T any, Y any](fn func(T) Y) func([]T, error) ([]Y, error) {
	return func(items []T, err error) ([]Y, error) {
		if err != nil {
			return nil, err
		}

		out := make([]Y, 0, len(items))
		for _, item := range items {
			out = append(out, fn(item))
		}
		return out, nil
	}
}

// AssetID is data/repo/asset_id_type.go:9.
type AssetID int64

// Nil is data/repo/asset_id_type.go:11.
func (aid AssetID) Nil() bool {
	return int64(aid) <= 0
}

// AllRepos is data/repo/repos_all.go (repositories not reproduced trimmed).
type AllRepos struct {
	Users       *UserRepository
	Groups      *GroupRepository
	Entities    *EntityRepository
	EntityTypes *EntityTypeRepository
	Tags        *TagRepository
}
