package taint

import (
	"go/constant"
	"go/token"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/models"
	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// net/http's client error quotes the request's URL with its userinfo's
// password stripped (models.RequestURLArg): the error carries what the
// rest of the URL carries. The engine cleans the client's results of the
// sensitive kinds (a password set through url.UserPassword, u.User, is
// stripped); urlText gives back what the URL visibly built in the calling
// function carries outside its userinfo: a secret concatenated or
// formatted into its path or query ("?key="+apiKey), or a url.Values
// encoded into it (q.Encode()). A URL not built here (a parameter, the
// result of a helper) stays clean, as before: where its secret sits is
// not known.

// requestURLText is the taint the error of the client call name (with
// argument accessor argAt) carries of its request's URL; false when the
// call is not a client call or its URL is not built here.
func (s *fnState) requestURLText(name string, argAt func(int) ssa.Value) (Taint, bool) {
	i, ok := models.RequestURLArg(name)
	if !ok {
		return Taint{}, false
	}
	u := argAt(i)
	if u == nil {
		return Taint{}, false
	}
	if !typesutil.IsString(u.Type()) {
		u = newRequestURL(u)
		if u == nil {
			return Taint{}, false
		}
	}
	return s.urlText(u)
}

// newRequestURL is the URL text of the request r made here by
// http.NewRequest or NewRequestWithContext, or nil.
func newRequestURL(r ssa.Value) ssa.Value {
	ex, ok := r.(*ssa.Extract)
	if !ok || ex.Index != 0 {
		return nil
	}
	c, ok := ex.Tuple.(*ssa.Call)
	if !ok {
		return nil
	}
	obj := typesutil.Callee(c.Common())
	if obj == nil {
		return nil
	}
	i, ok := models.IsNewRequest(obj.FullName())
	if !ok || i >= len(c.Call.Args) {
		return nil
	}
	return c.Call.Args[i]
}

// urlPart is a piece of a URL's text: a constant, or a value.
type urlPart struct {
	lit string
	v   ssa.Value
}

// urlText is the sensitive taint of the parts of the URL text u, built
// here by concatenation or fmt.Sprintf, that are outside its userinfo.
func (s *fnState) urlText(u ssa.Value) (Taint, bool) {
	parts, ok := urlParts(u, 0)
	if !ok || len(parts) < 2 {
		return Taint{}, false
	}
	var t Taint
	for i, p := range parts {
		if p.v == nil || inUserinfo(parts, i) || !plainURLPart(p.v) {
			continue
		}
		pt := s.deep(p.v)
		pt.Kinds &= models.Sensitive
		if pt.Kinds == 0 {
			pt.Sens, pt.Source = nil, nil
		}
		t.join(pt)
	}
	return t, true
}

// urlParts flattens a concatenation or a fmt.Sprintf with a constant
// format into its parts; false for anything else.
func urlParts(v ssa.Value, depth int) ([]urlPart, bool) {
	if depth > 16 {
		return nil, false
	}
	switch x := v.(type) {
	case *ssa.Const:
		if x.Value != nil && x.Value.Kind() == constant.String {
			return []urlPart{{lit: constant.StringVal(x.Value)}}, true
		}
	case *ssa.BinOp:
		if x.Op != token.ADD {
			return nil, false
		}
		var out []urlPart
		for _, o := range []ssa.Value{x.X, x.Y} {
			ps, ok := urlParts(o, depth+1)
			if !ok {
				ps = []urlPart{{v: o}}
			}
			out = append(out, ps...)
		}
		return out, true
	case *ssa.Call:
		obj := typesutil.Callee(x.Common())
		if obj == nil || obj.FullName() != "fmt.Sprintf" || len(x.Call.Args) != 2 {
			return nil, false
		}
		format, ok := typesutil.ConstString(x.Call.Args[0])
		if !ok {
			return nil, false
		}
		els, ok := typesutil.InPlaceElems(x.Call.Args[1])
		if !ok {
			return nil, false
		}
		var out []urlPart
		n := 0
		for {
			j := strings.IndexByte(format, '%')
			if j < 0 || j+1 >= len(format) {
				out = append(out, urlPart{lit: format})
				return out, true
			}
			if format[j+1] == '%' {
				out = append(out, urlPart{lit: format[:j+1]})
				format = format[j+2:]
				continue
			}
			out = append(out, urlPart{lit: format[:j]})
			if n >= len(els) {
				return nil, false
			}
			out = append(out, urlPart{v: els[n].Val})
			n++
			// The verb ends at its first letter.
			k := j + 1
			for k < len(format) && !isLetter(format[k]) {
				k++
			}
			format = format[min(k+1, len(format)):]
		}
	}
	return nil, false
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// inUserinfo reports whether part i of a URL lies in its userinfo: after
// a "://" and before an "@" that comes before the authority's end ("/",
// "?" or "#").
func inUserinfo(parts []urlPart, i int) bool {
	auth := false
	for _, p := range parts[:i] {
		if p.v != nil {
			continue
		}
		lit := p.lit
		if j := strings.LastIndex(lit, "://"); j >= 0 {
			auth, lit = true, lit[j+3:]
		}
		if auth && strings.ContainsAny(lit, "/?#") {
			auth = false
		}
	}
	if !auth {
		return false
	}
	for _, p := range parts[i+1:] {
		if p.v != nil {
			continue
		}
		if end := strings.IndexAny(p.lit, "/?#"); end >= 0 {
			return strings.Contains(p.lit[:end], "@")
		}
		if strings.Contains(p.lit, "@") {
			return true
		}
	}
	return false
}

// plainURLPart reports whether a value's text is placed in the URL as it
// is: not the result of a call (a URL's String, a helper that may set its
// userinfo), except an encoding of query or path values.
func plainURLPart(v ssa.Value) bool {
	c, ok := typesutil.Unconvert(v).(*ssa.Call)
	if !ok {
		return true
	}
	obj := typesutil.Callee(c.Common())
	if obj == nil {
		return false
	}
	switch obj.FullName() {
	case "(net/url.Values).Encode", "net/url.QueryEscape", "net/url.PathEscape":
		return true
	}
	return false
}
