package load

import (
	"os"
	"os/exec"
	"testing"

	"github.com/upsertfix/upsertfix/internal/benchmod"
)

func TestZZGen(t *testing.T) {
	dir := benchmod.Heavy(t, "../../testdata/gorm", 300)
	exec.Command("cp", "-r", dir+"/.", "/tmp/heavy/").Run()
	_ = os.Getenv
}
