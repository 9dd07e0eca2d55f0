// Package specid reproduces go.senan.xyz/gonic/server/ctrlsubsonic/specid/ids.go (trimmed).
package specid

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

var (
	ErrBadSeparator = errors.New("bad separator")
	ErrNotAnInt     = errors.New("not an int")
	ErrBadPrefix    = errors.New("bad prefix")
)

type IDT string

const (
	Artist               IDT = "ar"
	Album                IDT = "al"
	Track                IDT = "tr"
	Podcast              IDT = "pd"
	PodcastEpisode       IDT = "pe"
	InternetRadioStation IDT = "ir"
	Playlist             IDT = "pl"
	separator                = "-"
)

//nolint:musttag
type ID struct {
	Type        IDT
	Value       int
	StringValue string
}

func New(in string) (ID, error) {
	partType, partValue, ok := strings.Cut(in, separator)
	if !ok {
		return ID{}, ErrBadSeparator
	}

	switch IDT(partType) {
	case Playlist:
		return ID{Type: Playlist, StringValue: partValue}, nil
	}

	val, err := strconv.Atoi(partValue)
	if err != nil {
		return ID{}, fmt.Errorf("%q: %w", partValue, ErrNotAnInt)
	}

	switch IDT(partType) {
	case Artist, Album, Track, Podcast, PodcastEpisode, InternetRadioStation:
		return ID{Type: IDT(partType), Value: val}, nil
	default:
		return ID{}, fmt.Errorf("%q: %w", partType, ErrBadPrefix)
	}
}

func (i ID) String() string {
	switch {
	case i.Value != 0:
		return fmt.Sprintf("%s%s%d", i.Type, separator, i.Value)
	case i.StringValue != "":
		return fmt.Sprintf("%s%s%s", i.Type, separator, i.StringValue)
	default:
		return ""
	}
}
