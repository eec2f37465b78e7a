package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/sanitas-go/sanitas/analyzers"
)

// isVetInvocation reports whether go vet runs us as a vet tool: it first asks
// for -flags and -V=full, then passes one *.cfg file per package.
func isVetInvocation(args []string) bool {
	if len(args) == 0 {
		return false
	}
	if args[0] == "-flags" || strings.HasPrefix(args[0], "-V") {
		return true
	}
	return strings.HasSuffix(args[len(args)-1], ".cfg")
}

// runVet hands off to unitchecker with the same Suite and the same gate as
// the driver: disabled rules, excluded paths, generated files and suppressed
// findings are dropped before go vet sees them, and directive problems are
// reported by one more analyzer that runs after the rest. The config is the
// .sanitas.yml found from the package directory (go vet runs the tool there).
func runVet(args []string, stderr io.Writer) int {
	cwd, err := os.Getwd()
	if err != nil {
		fmt.Fprintf(stderr, "sanitas: %v\n", err)
		return exitError
	}
	cfg, cfgPath, err := loadConfig(os.Getenv("SANITAS_CONFIG"), cwd)
	if err != nil {
		fmt.Fprintf(stderr, "sanitas: %v\n", err)
		return exitError
	}
	g, err := analyzers.NewGate(cfg, cfgPath, cwd, "")
	if err != nil {
		fmt.Fprintf(stderr, "sanitas: %s: %v\n", cfgPath, err)
		return exitError
	}
	all, err := analyzers.New(cfg.Settings)
	if err != nil {
		fmt.Fprintf(stderr, "sanitas: %s: settings: %v\n", cfgPath, err)
		return exitError
	}
	os.Args = append(os.Args[:1], args...)
	unitchecker.Main(g.Wrap(all)...) // exits
	return exitClean
}
