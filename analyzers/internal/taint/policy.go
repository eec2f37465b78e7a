package taint

import (
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/models"
	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// An HTML sanitiser configured by calls on it (models.PolicyCall,
// bluemonday's Policy) sanitises only as its configuration says: a policy
// that allows an event-handler attribute, unchecked URLs or script elements
// lets script through, and its Sanitize is no sanitiser.
//
// The policy is followed back from the receiver of Sanitize to the values
// it may be: through φ-nodes, the package variables and fields this
// package stores it in (every store, and every call made on any load of a
// package variable), functions of this package that return it, and calls
// that return the policy they configure (AllowElements, a builder's
// OnElements). The calls made on each of those values are its
// configuration, whatever their order. A policy of any other origin (a
// parameter) is taken as it is: a sanitiser.

// WidenedPolicyStep begins the description of the step through a policy
// whose configuration lets script through (what does follows it).
const (
	WidenedPolicyStep = "sanitised by a policy with "
	widenedPolicyEnd  = ", which lets script through"
)

// WidenedPolicy returns what widened the sanitiser policy a source went
// through ("AllowAttrs(\"onclick\")"), or "".
func WidenedPolicy(o *Origin) string {
	if o == nil {
		return ""
	}
	for _, h := range o.Hops {
		if rest, ok := strings.CutPrefix(h.Desc, WidenedPolicyStep); ok {
			return strings.TrimSuffix(rest, widenedPolicyEnd)
		}
	}
	return ""
}

// policyState accumulates what a policy's calls allow.
type policyState struct {
	bare, ugc         bool // made by NewPolicy, by UGCPolicy
	urlAttr           bool // a URL attribute allowed
	checkOn, checkOff bool // URL checking turned on, off
	// unsafe: AllowUnsafe(true); scriptElems: script or style elements
	// allowed (or names not known). bluemonday keeps script and style
	// only with both: AllowUnsafe alone still drops them and their
	// content.
	unsafe, scriptElems bool
	why                 string
	seen                map[ssa.Value]bool
}

// policyWidened returns, when the policy v may let script through, what
// does ("AllowAttrs(\"onclick\")"), else "".
func (p *pkgState) policyWidened(v ssa.Value) string {
	if v == nil {
		return ""
	}
	if r, ok := p.policyCache[v]; ok {
		return r
	}
	st := &policyState{seen: map[ssa.Value]bool{}}
	p.policyValue(v, st, 0)
	why := st.why
	if why == "" && st.unsafe && st.scriptElems {
		why = "AllowUnsafe with script or style elements allowed"
	}
	if why == "" && (st.urlAttr || st.ugc) && (st.checkOff || st.bare && !st.checkOn) {
		why = "URL attributes without RequireParseableURLs"
	}
	if p.policyCache == nil {
		p.policyCache = map[ssa.Value]string{}
	}
	p.policyCache[v] = why
	return why
}

// policyValue walks back from a value the policy may be (see above).
func (p *pkgState) policyValue(v ssa.Value, st *policyState, depth int) {
	if v == nil || depth > maxBuiltDepth || st.seen[v] {
		return
	}
	st.seen[v] = true
	p.policyUses(v, st)
	switch x := v.(type) {
	case *ssa.ChangeType:
		p.policyValue(x.X, st, depth)
	case *ssa.Call:
		name := ""
		if obj := typesutil.Callee(&x.Call); obj != nil {
			name = obj.FullName()
		}
		switch models.PolicyCallOf(name) {
		case models.PolicyBare:
			st.bare = true
		case models.PolicyUGC:
			st.ugc = true
		case models.PolicyStrict:
		case models.PolicyNone:
			if obj := typesutil.Callee(&x.Call); obj != nil {
				if why := p.widenedAbroad(obj); why != "" {
					st.note(why) // made by another package's function
				}
			}
			if fn := staticOrigin(&x.Call); fn != nil && fn.Pkg == p.ssa.Pkg && fn.Blocks != nil {
				for _, b := range fn.Blocks {
					if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && len(ret.Results) > 0 {
						p.policyValue(ret.Results[0], st, depth+1)
					}
				}
			}
		default:
			// A call on the policy or on a builder it made: its receiver.
			p.policyCall(x, name, st)
			if len(x.Call.Args) > 0 {
				p.policyValue(x.Call.Args[0], st, depth+1)
			}
		}
	case *ssa.Phi:
		for _, e := range x.Edges {
			p.policyValue(e, st, depth+1)
		}
	case *ssa.UnOp:
		if x.Op != token.MUL {
			return
		}
		for _, sv := range p.slotStores(x.X) {
			p.policyValue(sv, st, depth+1)
		}
		if g, ok := x.X.(*ssa.Global); ok {
			if why := p.widenedAbroad(g.Object()); why != "" {
				st.note(why) // another package's variable
			}
		}
		// Calls on other loads of the same variable configure it too.
		if g, ok := x.X.(*ssa.Global); ok {
			p.indexGlobals()
			for _, ld := range p.globalLoads[g] {
				p.policyValue(ld, st, depth+1)
			}
		}
	}
}

// policyUses judges the calls made on v, a policy.
func (p *pkgState) policyUses(v ssa.Value, st *policyState) {
	refs := v.Referrers()
	if refs == nil {
		return
	}
	for _, r := range *refs {
		call, ok := r.(*ssa.Call)
		if !ok || len(call.Call.Args) == 0 || call.Call.Args[0] != v {
			continue
		}
		if obj := typesutil.Callee(&call.Call); obj != nil {
			p.policyCall(call, obj.FullName(), st)
		}
	}
}

// policyCall judges one configuring call.
func (p *pkgState) policyCall(call *ssa.Call, name string, st *policyState) {
	args := call.Call.Args[1:]
	switch models.PolicyCallOf(name) {
	case models.PolicyCheckURLs:
		if len(args) == 0 || isBool(args[0], true) {
			st.checkOn = true
		} else {
			st.checkOff = true
		}
	case models.PolicyUnsafe:
		if len(args) == 0 || !isBool(args[0], false) {
			st.unsafe = true
		}
	case models.PolicyChain:
		if strings.HasSuffix(name, ".Policy).AllowElements") || strings.HasSuffix(name, ".Policy).AllowElementsContent") || strings.HasSuffix(name, ".Policy).AllowElementsMatching") {
			names, ok := constStrings(args)
			st.scriptElems = st.scriptElems || !ok || slices.ContainsFunc(names, func(n string) bool {
				n = strings.ToLower(n)
				return n == "script" || n == "style"
			})
		}
	case models.PolicyAttrs:
		if matched(call) {
			return // the values are constrained
		}
		st.names(args, "AllowAttrs", func(n string) bool {
			st.urlAttr = st.urlAttr || models.URLAttr(n)
			return models.ScriptAttr(n)
		})
	case models.PolicySchemes:
		st.names(args, "AllowURLSchemes", models.ScriptScheme)
	case models.PolicyAnyScheme:
		st.note("AllowURLSchemesMatching")
	}
}

// names judges the names a call allows (attributes, schemes): one that
// lets script run, or one the program computes, widens the policy.
func (st *policyState) names(args []ssa.Value, call string, runsScript func(string) bool) {
	names, ok := constStrings(args)
	if !ok {
		st.note(call + " of computed names")
		return
	}
	for _, n := range names {
		if runsScript(n) {
			st.note(call + `("` + n + `")`)
		}
	}
}

func (st *policyState) note(why string) {
	if st.why == "" {
		st.why = why
	}
}

// matched reports whether the attribute builder an AllowAttrs call
// returns has its values constrained (Matching) before use.
func matched(call *ssa.Call) bool {
	for _, r := range *call.Referrers() {
		c, ok := r.(*ssa.Call)
		if !ok || len(c.Call.Args) == 0 || c.Call.Args[0] != call {
			continue
		}
		if obj := typesutil.Callee(&c.Call); obj != nil && models.PolicyCallOf(obj.FullName()) == models.PolicyMatching {
			return true
		}
	}
	return false
}

// isBool reports whether v is the boolean constant b.
func isBool(v ssa.Value, b bool) bool {
	c, ok := typesutil.ConstBool(v)
	return ok && c == b
}

// constStrings returns the constant strings of the text arguments (a
// variadic list built in place included; other arguments, a custom URL
// policy, are skipped); false if one is computed.
func constStrings(args []ssa.Value) ([]string, bool) {
	var out []string
	for _, a := range args {
		if !typesutil.IsString(a.Type()) && !isStringSlice(a.Type()) {
			continue
		}
		if s, ok := typesutil.ConstString(a); ok {
			out = append(out, s)
			continue
		}
		if k, isConst := a.(*ssa.Const); isConst && k.IsNil() {
			continue // an empty variadic list
		}
		els, ok := typesutil.InPlaceElems(a)
		if !ok {
			return nil, false
		}
		for _, e := range els {
			s, ok := typesutil.ConstString(e.Val)
			if !ok {
				return nil, false
			}
			out = append(out, s)
		}
	}
	return out, true
}

func isStringSlice(t types.Type) bool {
	sl, ok := t.Underlying().(*types.Slice)
	return ok && typesutil.IsString(sl.Elem())
}
