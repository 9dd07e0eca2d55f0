package pathutil

var pathPrefix = ""

func SetPathPrefix(prefix string) { pathPrefix = prefix }

func GetPathPrefix() string { return pathPrefix }

// BuildPath prepends the path prefix to the given path.
func BuildPath(path string) string { return pathPrefix + path }
