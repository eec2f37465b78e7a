// Command sanitas-ssafloor is the "floor" of sanitas-bench: a vet tool
// (go vet -vettool=...) whose only analyzer requires buildssa and does
// nothing with the result. Its cost is what any SSA-based analysis pays
// before doing any work of its own: parsing, type-checking from export data
// and building SSA for every vetted package.
//
// The analyzer declares no facts, so go vet runs it on the named packages
// (and their test variants) only, not on their dependencies.
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/analysis/unitchecker"
)

var analyzer = &analysis.Analyzer{
	Name:     "ssafloor",
	Doc:      "builds SSA and reports nothing (the sanitas-bench floor)",
	Requires: []*analysis.Analyzer{buildssa.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		_ = pass.ResultOf[buildssa.Analyzer].(*buildssa.SSA)
		return nil, nil
	},
}

func init() {
	// go vet hashes the vet flags into the cache key of every package's vet
	// action; sanitas-bench passes a new -ssafloor.nonce on each run so that
	// every run re-analyzes every package instead of replaying cached results.
	analyzer.Flags.String("nonce", "", "ignored (sanitas-bench varies it to defeat go vet's result cache)")
}

func main() { unitchecker.Main(analyzer) }
