package lib

// MessagePush reproduces src/lib/sendMail.go:115 (mail and DingTalk delivery dropped).
func MessagePush(workid string, t uint, reject string) {
	_, _, _ = workid, t, reject
}
