package load

import (
	"os"
	"runtime"
	"runtime/metrics"
	"testing"
	"time"

	"golang.org/x/tools/go/packages"

	"github.com/upsertfix/upsertfix/internal/benchmod"
)

const heavyPackages = 300

// measure runs f and returns its wall time, the bytes it allocated and
// the peak of the heap while it ran (sampled every millisecond, above the
// heap left before it started).
func measure(f func()) (time.Duration, uint64, uint64) {
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(sample)
	base := sample[0].Value.Uint64()
	var peak uint64
	stop, stopped := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(stopped)
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(sample)
			if v := sample[0].Value.Uint64(); v > base && v-base > peak {
				peak = v - base
			}
			select {
			case <-stop:
				return
			case <-t.C:
			}
		}
	}()
	start := time.Now()
	f()
	d := time.Since(start)
	close(stop)
	<-stopped
	runtime.ReadMemStats(&after)
	return d, after.TotalAlloc - before.TotalAlloc, peak
}

// BenchmarkORMHeavy measures, in one run, upsertfix's load and analysis
// against a typed x/tools load of the same packages (packages.LoadAllSyntax
// of ./..., what an x/tools checker such as nilness does before it
// checks), and reports the ratios of wall time and allocated bytes.
//
//	go test ./internal/load -run '^$' -bench ORMHeavy -benchtime 3x
func BenchmarkORMHeavy(b *testing.B) {
	// UPSERTFIX_BENCH_DIR measures a real module instead (README, Speed).
	dir, real := os.LookupEnv("UPSERTFIX_BENCH_DIR")
	if !real {
		dir = benchmod.Heavy(b, "../../testdata/gorm", heavyPackages)
	}
	var ours, theirs time.Duration
	var oursMem, theirsMem, oursPeak, theirsPeak uint64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d, m, pk := measure(func() {
			res, err := Load(&Config{Dir: dir, Patterns: []string{"./..."}})
			if err != nil {
				b.Fatal(err)
			}
			n := 0
			for _, p := range res.Packages {
				n += len(p.Findings)
			}
			if !real && n != heavyPackages/10 {
				b.Fatalf("%d findings, want %d", n, heavyPackages/10)
			}
		})
		ours, oursMem, oursPeak = ours+d, oursMem+m, max(oursPeak, pk)
		d, m, pk = measure(func() {
			cfg := &packages.Config{Mode: packages.LoadAllSyntax, Dir: dir}
			pkgs, err := packages.Load(cfg, "./...")
			if err != nil {
				b.Fatal(err)
			}
			if !real && len(pkgs) != heavyPackages+1 {
				b.Fatalf("x/tools loaded %d packages", len(pkgs))
			}
		})
		theirs, theirsMem, theirsPeak = theirs+d, theirsMem+m, max(theirsPeak, pk)
	}
	b.ReportMetric(float64(ours)/float64(theirs), "time-ratio")
	b.ReportMetric(float64(oursMem)/float64(theirsMem), "alloc-ratio")
	b.ReportMetric(float64(oursPeak)/float64(theirsPeak), "peak-heap-ratio")
	b.ReportMetric(float64(oursPeak)/(1<<20), "upsertfix-peak-MB")
	b.ReportMetric(float64(ours.Milliseconds())/float64(b.N), "upsertfix-ms/op")
	b.ReportMetric(float64(theirs.Milliseconds())/float64(b.N), "xtools-ms/op")
}
