package logleak

import (
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/models"
	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

const logrusPkg = "github.com/sirupsen/logrus"

// logrusRender resolves the renderer of the fields that a logrus call on
// a *Logger, or on an *Entry made from one, adds (WithField, WithFields),
// when the package provably sets that logger's formatter, to one kind:
// the logger is made here (logrus.New, directly or in a constructor of
// this package that returns it), every formatter set on it (SetFormatter,
// the Formatter field) is a JSONFormatter (JSON: exported fields, json
// tags) or every one a TextFormatter (fmt), and the logger goes nowhere a
// formatter could be set unseen (stored, passed to another function).
// Otherwise, and for the package-level logger, it stays RenderEither.
func (a *pkg) logrusRender(r models.Render, name string, cc *ssa.CallCommon) models.Render {
	if r != models.RenderEither || !strings.HasPrefix(name, "(*"+logrusPkg+".") || cc.IsInvoke() || len(cc.Args) == 0 {
		return r
	}
	if !strings.HasSuffix(name, ".WithField") && !strings.HasSuffix(name, ".WithFields") {
		return r // a message is formatted by fmt (Infof's Sprintf), whatever the formatter
	}
	f := &logrusFormat{a: a, seen: map[ssa.Value]bool{}}
	f.logger(cc.Args[0], 0)
	if f.unknown || len(f.kinds) != 1 {
		return r
	}
	for k := range f.kinds {
		return k
	}
	return r
}

// logrusFormat collects the formatters set on a logger.
type logrusFormat struct {
	a       *pkg
	seen    map[ssa.Value]bool
	kinds   map[models.Render]bool
	unknown bool
}

// logger follows a *Logger or *Entry value back to where the logger is
// made, and collects what is set on each value on the way.
func (f *logrusFormat) logger(v ssa.Value, depth int) {
	if f.unknown || f.seen[v] {
		return
	}
	f.seen[v] = true
	if depth > 8 {
		f.unknown = true
		return
	}
	switch x := v.(type) {
	case *ssa.Phi:
		for _, e := range x.Edges {
			f.logger(e, depth+1)
		}
		return
	case *ssa.Call:
		obj := typesutil.Callee(x.Common())
		if obj == nil || x.Call.IsInvoke() {
			break
		}
		if obj.Pkg() != nil && obj.Pkg().Path() == logrusPkg {
			switch {
			case obj.FullName() == logrusPkg+".New":
				f.uses(x)
				return
			case obj.Signature().Recv() != nil && isLogrus(x.Type(), "Entry") && len(x.Call.Args) > 0:
				// logger.WithField(...), entry.WithFields(...): the
				// receiver's logger.
				f.logger(x.Call.Args[0], depth+1)
				return
			}
			break
		}
		// A constructor of this package: the loggers it returns, and
		// what the caller sets on the one it got.
		fn := x.Call.StaticCallee()
		if fn == nil || fn.Pkg != f.a.res.SSA.Pkg || fn.Blocks == nil {
			break
		}
		f.uses(x)
		for _, b := range fn.Blocks {
			if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && len(ret.Results) == 1 {
				f.logger(ret.Results[0], depth+1)
			}
		}
		return
	}
	f.unknown = true // a parameter, a field, a package variable
}

// uses collects the formatters set on a logger value made here, and
// gives up where it goes somewhere one could be set unseen.
func (f *logrusFormat) uses(v ssa.Value) {
	for _, ref := range *v.Referrers() {
		switch x := ref.(type) {
		case *ssa.Return:
			// The constructor's caller: followed from its call.
		case *ssa.Call:
			obj := typesutil.Callee(x.Common())
			if obj == nil || obj.Pkg() == nil || obj.Pkg().Path() != logrusPkg || x.Call.IsInvoke() ||
				len(x.Call.Args) == 0 || x.Call.Args[0] != v || argIndex(x.Call.Args, v) > 0 {
				f.unknown = true
				continue
			}
			if obj.Name() == "SetFormatter" && len(x.Call.Args) == 2 {
				f.formatter(x.Call.Args[1])
			}
		case *ssa.FieldAddr:
			if fieldName(x) != "Formatter" {
				continue // another field read
			}
			for _, fr := range *x.Referrers() {
				if st, ok := fr.(*ssa.Store); ok && st.Addr == x {
					f.formatter(st.Val)
				}
			}
		default:
			f.unknown = true // stored, converted, compared
		}
	}
}

// argIndex returns the last index at which v is an argument, or -1.
func argIndex(args []ssa.Value, v ssa.Value) int {
	i := -1
	for k, a := range args {
		if a == v {
			i = k
		}
	}
	return i
}

// formatter records the kind of a formatter value set on a logger.
func (f *logrusFormat) formatter(v ssa.Value) {
	if mi, ok := v.(*ssa.MakeInterface); ok {
		switch {
		case isLogrus(mi.X.Type(), "JSONFormatter"):
			f.add(models.RenderJSON)
			return
		case isLogrus(mi.X.Type(), "TextFormatter"):
			f.add(models.RenderFmt)
			return
		}
	}
	f.unknown = true
}

func (f *logrusFormat) add(k models.Render) {
	if f.kinds == nil {
		f.kinds = map[models.Render]bool{}
	}
	f.kinds[k] = true
}

// isLogrus reports whether t is *logrus.name.
func isLogrus(t types.Type, name string) bool {
	_, ok := t.Underlying().(*types.Pointer)
	return ok && typesutil.NamedPath(t) == logrusPkg+"."+name
}
