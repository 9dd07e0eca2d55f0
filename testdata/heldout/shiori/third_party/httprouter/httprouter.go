// Package httprouter is a tiny stand-in for github.com/julienschmidt/httprouter.
package httprouter

// Param is a URL parameter.
type Param struct {
	Key   string
	Value string
}

// Params is a list of parameters.
type Params []Param
