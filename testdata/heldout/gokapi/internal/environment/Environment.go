// Package environment is a trimmed copy of upstream internal/environment (project code,
// not a library): only the fields read by the reproduced paths.
package environment

// Environment is a struct containing available env variables
type Environment struct {
	PermRequestGrantedByDefault bool
	LengthId                    int
	LengthHotlinkId             int
	MinLengthPassword           int
	HotlinkVideos               bool
}

// New parses the env variables
func New() Environment {
	return Environment{LengthId: 15, LengthHotlinkId: 40, MinLengthPassword: 8}
}

// IsParsed returns true if the environment has been parsed
func (e *Environment) IsParsed() bool {
	return e.LengthId != 0
}
