package common

// SuccessPayload reproduces src/handler/common/util.go:137.
func SuccessPayload(payload interface{}) Resp {
	return Resp{
		Payload: payload,
		Code:    1200,
	}
}

// SuccessPayLoadToMessage reproduces src/handler/common/util.go:144.
func SuccessPayLoadToMessage(text string) Resp {
	return Resp{
		Text: text,
		Code: 1200,
	}
}
