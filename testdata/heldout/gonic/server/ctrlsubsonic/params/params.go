// Package params reproduces go.senan.xyz/gonic/server/ctrlsubsonic/params/params.go
// (trimmed to the getters the reproduced handlers call; no database access).
package params

import (
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"example.com/heldout/gonic/server/ctrlsubsonic/specid"
)

var ErrNoValues = errors.New("no values provided")

type Params url.Values

func New(r *http.Request) Params {
	_ = r.ParseForm()
	return Params(r.Form)
}

func (p Params) get(key string) []string {
	return p[key]
}

func (p Params) Get(key string) (string, error) {
	vs := p.get(key)
	if len(vs) == 0 {
		return "", ErrNoValues
	}
	return vs[0], nil
}

func (p Params) GetOr(key string, or string) string {
	if v, err := p.Get(key); err == nil {
		return v
	}
	return or
}

func (p Params) GetInt(key string) (int, error) {
	v, err := p.Get(key)
	if err != nil {
		return 0, err
	}
	return strconv.Atoi(v)
}

func (p Params) GetOrInt(key string, or int) int {
	if v, err := p.GetInt(key); err == nil {
		return v
	}
	return or
}

func (p Params) GetID(key string) (specid.ID, error) {
	v, err := p.Get(key)
	if err != nil {
		return specid.ID{}, err
	}
	return specid.New(v)
}

func (p Params) GetOrID(key string, or specid.ID) specid.ID {
	if v, err := p.GetID(key); err == nil {
		return v
	}
	return or
}

func (p Params) GetIDList(key string) ([]specid.ID, error) {
	vs := p.get(key)
	if len(vs) == 0 {
		return nil, ErrNoValues
	}
	out := make([]specid.ID, 0, len(vs))
	for _, v := range vs {
		id, err := specid.New(v)
		if err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, nil
}

func (p Params) GetOrIDList(key string, or []specid.ID) []specid.ID {
	if v, err := p.GetIDList(key); err == nil {
		return v
	}
	return or
}

func (p Params) GetOrBool(key string, or bool) bool {
	if v, err := p.Get(key); err == nil {
		if b, err := strconv.ParseBool(v); err == nil {
			return b
		}
	}
	return or
}

func (p Params) GetOrTime(key string, or time.Time) time.Time {
	if v, err := p.GetInt(key); err == nil {
		return time.UnixMilli(int64(v))
	}
	return or
}
