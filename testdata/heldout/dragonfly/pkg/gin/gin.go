// Package gin is a stand-in for github.com/gin-gonic/gin: only what
// manager/permission/rbac reads from the router (the registered routes).
package gin

// RouteInfo mirrors gin.RouteInfo.
type RouteInfo struct {
	Method string
	Path   string
}

// RoutesInfo mirrors gin.RoutesInfo.
type RoutesInfo []RouteInfo

// Engine mirrors *gin.Engine.
type Engine struct {
	routes RoutesInfo
}

// Routes mirrors (*gin.Engine).Routes.
func (e *Engine) Routes() RoutesInfo {
	return e.routes
}
