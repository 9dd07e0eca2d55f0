package echoutil

import "example.com/heldout/pgbackweb/pkg/echo"

// RenderNodx is trimmed: upstream renders a github.com/nodxdev/nodxgo node;
// the reproduction passes the rendered HTML as a string.
func RenderNodx(c echo.Context, code int, node string) error {
	return c.HTML(code, node)
}
