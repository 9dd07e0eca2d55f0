// Package transcode reproduces go.senan.xyz/gonic/transcode/transcode.go (trimmed to the
// user profiles and their suffixes; no database access).
package transcode

//nolint:gochecknoglobals
var UserProfiles = map[string]Profile{
	"mp3":          MP3,
	"mp3_320":      MP3320,
	"mp3_rg":       MP3RG,
	"opus_car":     OpusRGLoud,
	"opus":         Opus,
	"opus_rg":      OpusRG,
	"opus_128_car": Opus128RGLoud,
	"opus_128":     Opus128,
	"opus_128_rg":  Opus128RG,
	"opus_192":     Opus192,
}

//nolint:gochecknoglobals
var (
	MP3    = NewProfile("audio/mpeg", "mp3", 128)
	MP3320 = NewProfile("audio/mpeg", "mp3", 320)
	MP3RG  = NewProfile("audio/mpeg", "mp3", 128)

	Opus       = NewProfile("audio/ogg", "opus", 96)
	OpusRG     = NewProfile("audio/ogg", "opus", 96)
	OpusRGLoud = NewProfile("audio/ogg", "opus", 96)

	Opus128       = NewProfile("audio/ogg", "opus", 128)
	Opus128RG     = NewProfile("audio/ogg", "opus", 128)
	Opus128RGLoud = NewProfile("audio/ogg", "opus", 128)

	Opus192 = NewProfile("audio/ogg", "opus", 192)
)

type BitRate uint

type Profile struct {
	bitrate BitRate
	mime    string
	suffix  string
}

func (p Profile) BitRate() BitRate { return p.bitrate }
func (p Profile) Suffix() string   { return p.suffix }
func (p Profile) MIME() string     { return p.mime }

func NewProfile(mime string, suffix string, bitrate BitRate) Profile {
	return Profile{mime: mime, suffix: suffix, bitrate: bitrate}
}
