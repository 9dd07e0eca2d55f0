package controllers

// Response reproduces controllers/util.go:17.
type Response struct {
	Status string      `json:"status"`
	Msg    string      `json:"msg"`
	Data   interface{} `json:"data"`
	Data2  interface{} `json:"data2"`
}

// ResponseOk reproduces controllers/util.go:24.
func (c *ApiController) ResponseOk(data ...interface{}) {
	resp := Response{Status: "ok"}
	switch len(data) {
	case 2:
		resp.Data2 = data[1]
		fallthrough
	case 1:
		resp.Data = data[0]
	}
	c.Data["json"] = resp
	c.ServeJSON()
}

// ResponseError reproduces controllers/util.go:37.
func (c *ApiController) ResponseError(error string, data ...interface{}) {
	resp := Response{Status: "error", Msg: error}
	switch len(data) {
	case 2:
		resp.Data2 = data[1]
		fallthrough
	case 1:
		resp.Data = data[0]
	}
	c.Data["json"] = resp
	c.ServeJSON()
}

// RequireSignedIn reproduces controllers/util.go:50.
func (c *ApiController) RequireSignedIn() bool {
	if c.GetSessionUser() == nil {
		c.ResponseError("please sign in first")
		return true
	}

	return false
}

// RequireAdmin reproduces controllers/util.go:59.
func (c *ApiController) RequireAdmin() bool {
	user := c.GetSessionUser()
	if user == nil || !user.IsAdmin {
		c.ResponseError("this operation requires admin privilege")
		return true
	}

	return false
}
