package prismaorm

import "testing"

func TestSchemaName(t *testing.T) {
	for in, want := range map[string]string{
		"UserID":    "userId",
		"IPHash":    "ipHash",
		"VisitorID": "visitorId",
		"Email":     "email",
		"Key":       "key",
		"ID":        "id",
	} {
		if got := schemaName(in); got != want {
			t.Errorf("schemaName(%q) = %q, want %q", in, got, want)
		}
	}
}
