package backend

import lru "example.com/realworld/softserve/third_party/lru"

// TODO: implement a caching interface.
// pkg/backend/cache.go:6
type cache struct {
	b     *Backend
	repos *lru.Cache[string, *repo]
}

// pkg/backend/cache.go:11
func newCache(b *Backend, size int) *cache {
	if size <= 0 {
		size = 1
	}
	c := &cache{b: b}
	cache, _ := lru.New[string, *repo](size)
	c.repos = cache
	return c
}

// pkg/backend/cache.go:21
func (c *cache) Get(repo string) (*repo, bool) {
	return c.repos.Get(repo)
}

// pkg/backend/cache.go:25
func (c *cache) Set(repo string, r *repo) {
	c.repos.Add(repo, r)
}

// pkg/backend/cache.go:29
func (c *cache) Delete(repo string) {
	c.repos.Remove(repo)
}
