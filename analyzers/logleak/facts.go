package logleak

import (
	"fmt"
	"go/types"
	"strings"

	"github.com/sanitas-go/sanitas/analyzers/internal/models"
	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// funcFact is what callers in other packages need to know about a
// function: whether it returns a sensitive value or passes its parameters
// to its result, and which parameters it writes to a log.
type funcFact struct {
	Result       *factOrigin
	ResultParams uint64
	Logs         []factLog
}

type factOrigin struct {
	Kind  uint16
	What  string
	Desc  string
	Where string
}

type factLog struct {
	Param  int // SSA parameter index (receiver 0)
	Sink   string
	Where  string
	Render uint8
}

// AFact marks funcFact as an analysis fact.
func (*funcFact) AFact() {}

// String renders the fact for `// want` fact tests:
// logleak(returns pii{p.NHSNumber}; logs p1 by slog.Info).
func (f *funcFact) String() string {
	var parts []string
	if f.Result != nil {
		parts = append(parts, fmt.Sprintf("returns %s{%s}", models.Kind(f.Result.Kind), f.Result.Desc))
	}
	for i := 0; i < 64; i++ {
		if f.ResultParams&(1<<i) != 0 {
			parts = append(parts, fmt.Sprintf("returns p%d", i))
		}
	}
	for _, l := range f.Logs {
		parts = append(parts, fmt.Sprintf("logs p%d by %s", l.Param, l.Sink))
	}
	return "logleak(" + strings.Join(parts, "; ") + ")"
}

// exportFacts attaches the non-empty summaries of the package's declared
// functions and methods.
func (a *pkg) exportFacts() {
	for _, fn := range a.res.SSA.SrcFuncs {
		obj, ok := fn.Object().(*types.Func)
		if !ok || obj.Pkg() != a.pass.Pkg || fn.Parent() != nil {
			continue
		}
		f := &funcFact{}
		if s := a.results[fn]; s != nil {
			if s.o != nil {
				w := s.o.where
				if w == "" {
					w = typesutil.Position(a.pass.Fset, s.o.pos)
				}
				f.Result = &factOrigin{Kind: uint16(s.o.kind), What: s.o.what, Desc: s.o.desc, Where: w}
			}
			f.ResultParams = s.params
		}
		for _, l := range a.logs[fn] {
			f.Logs = append(f.Logs, factLog{Param: l.param, Sink: l.sink, Where: l.where, Render: uint8(l.render)})
		}
		if f.Result == nil && f.ResultParams == 0 && len(f.Logs) == 0 {
			continue
		}
		a.pass.ExportObjectFact(obj, f)
	}
}
