// Package tags reproduces go.senan.xyz/gonic/tags/tags.go (trimmed: the tag keys of
// go.senan.xyz/wrtag/tags/normtag are written as plain strings, the multi-value and
// date parsing is simplified). No database access.
package tags

import (
	"fmt"
	"strings"
	"time"
)

type Reader interface {
	CanRead(absPath string) bool
	Read(absPath string) (properties Properties, tags Tags, err error)
	ReadCover(absPath string) ([]byte, error)
}

type Tags = map[string][]string

type Properties struct {
	Length   time.Duration
	Bitrate  uint
	HasCover bool
}

//nolint:gochecknoglobals
var (
	Artist = &Spec{
		MultiKey: []string{"artists"}, Key: []string{"artist"},
		KeyMusicBrainzID: []string{"musicbrainz_artistid"},
		Fallback:         "Unknown Artist",
	}
	AlbumArtist = &Spec{
		MultiKey: []string{"albumartists"}, Key: []string{"albumartist", "artist"},
		KeyMusicBrainzID: []string{"musicbrainz_albumartistid", "musicbrainz_artistid"},
		Fallback:         "Unknown Artist",
	}
	Genre = &Spec{
		MultiKey: []string{"genres"}, Key: []string{"genre"},
	}
	AlbumTitle = &Spec{
		Key:      []string{"album"},
		Fallback: "Unknown Album",
	}
	TrackTitle = &Spec{
		Key: []string{"title"},
	}
)

type Spec struct {
	MultiKey, Key             []string
	MultiKeyCredit, KeyCredit []string
	KeyMusicBrainzID          []string
	Fallback                  string
	Valid                     func(string) bool
}

type MultiValueMode uint8

const (
	None MultiValueMode = iota
	Delim
	Multi
)

type MultiValueSetting struct {
	Mode  MultiValueMode
	Delim string
}

func ReadValues(t Tags, spec *Spec, settings map[*Spec]MultiValueSetting) []string {
	values, _, _ := readMulti(t, spec, settings)
	return values
}

func ReadCredits(t Tags, spec *Spec, settings map[*Spec]MultiValueSetting) []Credited {
	return pairCredits(readMulti(t, spec, settings))
}

func readMulti(t Tags, spec *Spec, _ map[*Spec]MultiValueSetting) (values, valuesCredit, valuesMusicBrainzID []string) {
	for _, k := range append(spec.MultiKey, spec.Key...) {
		if vs := t[k]; len(vs) > 0 {
			values = vs
			break
		}
	}
	if len(values) == 0 && spec.Fallback != "" {
		values = []string{spec.Fallback}
	}
	for _, k := range spec.KeyMusicBrainzID {
		if vs := t[k]; len(vs) > 0 {
			valuesMusicBrainzID = vs
			break
		}
	}
	return values, nil, valuesMusicBrainzID
}

func Read(t Tags, spec *Spec) (value, valueCredit string) {
	values, _, _ := readMulti(t, spec, nil)
	return strings.Join(values, ", "), ""
}

type Credited struct {
	Value, ValueCredit string
	MusicBrainzID      string
}

func pairCredits(values, valuesCredit, valuesMusicBrainzID []string) []Credited {
	out := make([]Credited, 0, len(values))
	for i, v := range values {
		if v == "" {
			continue
		}
		e := Credited{Value: v}
		if i < len(valuesCredit) && valuesCredit[i] != "" && valuesCredit[i] != v {
			e.ValueCredit = valuesCredit[i]
		}
		if len(valuesMusicBrainzID) == len(values) {
			e.MusicBrainzID = valuesMusicBrainzID[i]
		}
		out = append(out, e)
	}
	return out
}

func ParseInt(in string) int {
	var i int
	_, _ = fmt.Sscanf(in, "%d", &i)
	return i
}
