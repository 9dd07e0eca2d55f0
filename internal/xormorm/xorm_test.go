package xormorm

import (
	"go/types"
	"testing"
)

// TestForks checks that the handles of xorm's forks, by import path, are
// xorm handles, and that a package of another path is not.
func TestForks(t *testing.T) {
	for _, tc := range []struct {
		path string
		want bool
	}{
		{"xorm.io/xorm", true},
		{"github.com/go-xorm/xorm", true},
		{"github.com/xorm-io/xorm", true},
		{"example.com/notxorm", false},
	} {
		pkg := types.NewPackage(tc.path, "xorm")
		for _, name := range []string{"Engine", "Session"} {
			n := types.NewNamed(types.NewTypeName(0, pkg, name, nil), types.NewStruct(nil, nil), nil)
			if got := IsXorm(types.NewPointer(n)); got != tc.want {
				t.Errorf("IsXorm(*%s.%s) = %v, want %v", tc.path, name, got, tc.want)
			}
			if name == "Session" && IsSession(types.NewPointer(n)) != tc.want {
				t.Errorf("IsSession(*%s.Session) = %v, want %v", tc.path, !tc.want, tc.want)
			}
		}
		if got := (Adapter{}).Triggers(tc.path); got != tc.want {
			t.Errorf("Triggers(%q) = %v, want %v", tc.path, got, tc.want)
		}
	}
}

// TestUniqueKeys reads pk, unique and unique(name) tags.
func TestUniqueKeys(t *testing.T) {
	pkg := types.NewPackage("example.com/m", "m")
	str := types.Typ[types.String]
	fields := []*types.Var{
		types.NewField(0, pkg, "Owner", str, false),
		types.NewField(0, pkg, "Name", str, false),
		types.NewField(0, pkg, "Email", str, false),
		types.NewField(0, pkg, "OrgID", types.Typ[types.Int64], false),
		types.NewField(0, pkg, "UserID", types.Typ[types.Int64], false),
		types.NewField(0, pkg, "StarUser", types.Typ[types.Int64], false),
		types.NewField(0, pkg, "RepoID", types.Typ[types.Int64], false),
		types.NewField(0, pkg, "Count", types.Typ[types.Int64], false),
	}
	tags := []string{
		`xorm:"varchar(100) notnull pk"`,
		`xorm:"varchar(100) notnull pk"`,
		`xorm:"varchar(100) unique 'mail'"`,
		`xorm:"unique(member)"`,
		`xorm:"unique(member)"`,
		`xorm:"uid UNIQUE(s)"`, // a bare word names the column (gogs's Star)
		`xorm:"UNIQUE(s)"`,
		`xorm:"bigint not null INT default 0 unique"`, // a default's value is no name, nor not null
	}
	model := types.NewNamed(types.NewTypeName(0, pkg, "User", nil), types.NewStruct(fields, tags), nil)
	var got []string
	for _, k := range (Adapter{}).UniqueKeys(nil, model) {
		got = append(got, k.Name+":"+joinCols(k.Columns))
	}
	want := []string{"primary key:owner,name", "UQE_mail:mail", "UQE_count:count", "UQE_member:org_id,user_id", "UQE_s:uid,repo_id"}
	if len(got) != len(want) {
		t.Fatalf("UniqueKeys = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("UniqueKeys[%d] = %s, want %s", i, got[i], want[i])
		}
	}
}

func joinCols(cols []string) string {
	s := ""
	for i, c := range cols {
		if i > 0 {
			s += ","
		}
		s += c
	}
	return s
}
