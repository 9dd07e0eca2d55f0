package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/upsertfix/upsertfix/internal/testmod"
)

// The official SARIF 2.1.0 schema (sarif-2.1.0-rtm.5, the OASIS standard's
// schema), as shipped in the npm package @microsoft/jest-sarif 1.0.0-beta.0
// (lib/schemas/sarif-2.1.0-rtm.5.json).
const sarifSchema = "testdata/sarif/sarif-schema-2.1.0.json"

func TestSARIF(t *testing.T) {
	if testing.Short() {
		t.Skip("loads a module with the go command")
	}
	work := testmod.Copy(t, gormModule)
	out := filepath.Join(t.TempDir(), "upsertfix.sarif")
	_, stderr, code := run(t, "-C", work, "-sarif", out, "./cases/early_return/...", "./cases/not_unique/...")
	if code != 1 {
		t.Fatalf("exit %d, want 1; stderr:\n%s", code, stderr)
	}

	// Valid against the official schema.
	c := jsonschema.NewCompiler()
	sch, err := c.Compile(sarifSchema)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	if err := sch.Validate(doc); err != nil {
		t.Fatalf("the SARIF output does not validate against the SARIF 2.1.0 schema: %v", err)
	}
	// A document the schema rejects: the validation can fail.
	if err := sch.Validate(map[string]any{"version": "2.1.0", "runs": "no"}); err == nil {
		t.Fatal("the schema accepts anything")
	}

	var rep struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID      string `json:"id"`
						HelpURI string `json:"helpUri"`
						Help    struct {
							Text string `json:"text"`
						} `json:"help"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID  string `json:"ruleId"`
				Message struct {
					Text string `json:"text"`
				} `json:"message"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
						Region struct {
							StartLine   int `json:"startLine"`
							StartColumn int `json:"startColumn"`
						} `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
				Fixes []struct {
					ArtifactChanges []struct {
						ArtifactLocation struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
						Replacements []struct {
							DeletedRegion struct {
								ByteOffset int `json:"byteOffset"`
								ByteLength int `json:"byteLength"`
							} `json:"deletedRegion"`
							InsertedContent struct {
								Text string `json:"text"`
							} `json:"insertedContent"`
						} `json:"replacements"`
					} `json:"artifactChanges"`
				} `json:"fixes"`
			} `json:"results"`
		} `json:"runs"`
	}
	b, _ := os.ReadFile(out)
	if err := json.Unmarshal(b, &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Runs) != 1 || len(rep.Runs[0].Results) != 2 {
		t.Fatalf("want one run with two results:\n%s", b)
	}
	for _, r := range rep.Runs[0].Tool.Driver.Rules {
		if r.HelpURI != docURL || !strings.Contains(r.Help.Text, "//upsertfix:ignore") {
			t.Errorf("rule %s: help %q, URI %q", r.ID, r.Help.Text, r.HelpURI)
		}
	}
	var fixed, unfixed int
	for _, r := range rep.Runs[0].Results {
		loc := r.Locations[0].PhysicalLocation
		if r.RuleID != "find-then-create" && r.RuleID != "exists-then-create" || loc.Region.StartLine == 0 || loc.Region.StartColumn == 0 {
			t.Errorf("result %+v", r)
		}
		if len(r.Fixes) == 0 {
			unfixed++
			continue
		}
		fixed++
		// The replacements, applied to the original, give what -w writes.
		ch := r.Fixes[0].ArtifactChanges[0]
		if loc.ArtifactLocation.URI != ch.ArtifactLocation.URI {
			t.Errorf("fix of %s edits %s", loc.ArtifactLocation.URI, ch.ArtifactLocation.URI)
		}
		src, err := os.ReadFile(filepath.Join(work, ch.ArtifactLocation.URI))
		if err != nil {
			t.Fatal(err)
		}
		got := string(src)
		for i := len(ch.Replacements) - 1; i >= 0; i-- { // back to front, offsets stay valid
			rp := ch.Replacements[i]
			got = got[:rp.DeletedRegion.ByteOffset] + rp.InsertedContent.Text + got[rp.DeletedRegion.ByteOffset+rp.DeletedRegion.ByteLength:]
		}
		want, err := os.ReadFile(filepath.Join(gormModule, ch.ArtifactLocation.URI+".golden"))
		if err != nil {
			t.Fatal(err)
		}
		if got != string(want) {
			t.Errorf("%s: the SARIF fix gives\n%s\nwant the golden\n%s", ch.ArtifactLocation.URI, got, want)
		}
	}
	if fixed != 1 || unfixed != 1 {
		t.Errorf("%d results with a fix, %d without; want 1 and 1", fixed, unfixed)
	}
}
