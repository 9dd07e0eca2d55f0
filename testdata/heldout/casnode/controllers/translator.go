package controllers

import (
	"encoding/json"

	"example.com/heldout/casnode/object"
)

// AddTranslator reproduces controllers/translator.go:30
// (POST /api/add-translator, admin; lookup :42 -> object/translator.go:129,
// insert :50 -> object/translator.go:117).
func (c *ApiController) AddTranslator() {
	if c.RequireAdmin() {
		return
	}

	var resp Response
	var translator object.Translator
	err := json.Unmarshal(c.Ctx.Input.RequestBody, &translator)
	if err != nil {
		panic(err)
	}

	// Two submits of the same new translator: both find nothing; the second
	// insert panics on the translator primary key.
	res := object.GetTranslator(translator.Id) // race
	if len(*res) > 0 {
		resp = Response{Status: "fail", Msg: "Translator ID existed"}
		c.Data["json"] = resp
		c.ServeJSON()
		return
	}

	if object.AddTranslator(translator) {
		c.ResponseOk()
		return
	} else {
		resp = Response{Status: "fail", Msg: "Add translator failed"}
		c.Data["json"] = resp
		c.ServeJSON()
		return
	}
}
