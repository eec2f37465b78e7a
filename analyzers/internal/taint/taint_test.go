package taint

import (
	"bytes"
	"encoding/gob"
	"reflect"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/sanitas-go/sanitas/analyzers/internal/models"
)

func TestValidate(t *testing.T) {
	if err := analysis.Validate([]*analysis.Analyzer{Analyzer}); err != nil {
		t.Fatal(err)
	}
}

// TestFacts checks the summaries exported as facts, within a package and
// composed across packages.
func TestFacts(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), Analyzer, "facts", "factuse")
}

// TestFuncSlots checks calls through function-typed fields and package
// variables (funcslots.go).
func TestFuncSlots(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), Analyzer, "funcslots")
}

// TestGobRoundTrip encodes and decodes every fact type as go vet does (as
// an analysis.Fact interface value): in-process drivers never serialise
// facts, so only this test catches a fact gob cannot carry.
func TestGobRoundTrip(t *testing.T) {
	facts := []analysis.Fact{
		&funcFact{
			Results: []factTaint{
				{Kinds: uint16(models.Untrusted), Params: 2, Built: true, Desc: `r.FormValue("q")`, Label: "request input", Where: "a.go:1:2", Op: "fmt.Sprintf"},
				{Kinds: uint16(models.Unknown | models.PII), Desc: "f()", Sens: &factOrigin{Kind: uint16(models.PII), Desc: "p.NHSNumber", Label: "NHS number field", Where: "b.go:3:4", What: "NHS number"}},
			},
			Sinks: []factSink{
				{Class: "sql", Sink: "(*database/sql.DB).Query", Where: "a.go:3:4", Via: []string{"p.f"}, Params: 1, Built: true, Op: "+"},
				{Class: "html-write", Sink: "(net/http.ResponseWriter).Write", Where: "a.go:9:1", Params: 4, Ctx: uint8(models.EscHTML), Leads: 4, LeadW: 0, LeadPlain: true, Typed: 1},
				{Class: "html-write", Sink: "fmt.Fprint", Where: "a.go:5:6", Ctx: uint8(models.EscHTML), Writer: uint8(models.ResponseWriter), WriterParam: 1,
					Src: &factTaint{Kinds: uint16(models.Unknown), Desc: "row.Scan(&bio)", Label: "stored data", Where: "a.go:4:2"}},
				{Class: "html-trusted", Sink: "html/template.HTML", Where: "a.go:7:1", Params: 1, Built: true, Ctx: uint8(models.EscHTML),
					Misfit: &factMisfit{Ctx: uint8(CtxURL), Attr: "href", Esc: uint8(models.EscHTML), Params: 1}},
			},
			Writes:       []factWrite{{Param: 0, Path: ".SQL", T: factTaint{Params: 2}}},
			ResultFields: []factWrite{{Param: 0, Path: ".Identifier", T: factTaint{Kinds: uint16(models.Unknown), Desc: "f()"}}},
			FieldParams:  []string{"0.table"},
			Texts:        []factWrite{{Param: 1, T: factTaint{Params: 1}}},
			Callbacks:    []factCallback{{Param: 2, Arg: -1}, {Param: 2, Arg: 0, T: factTaint{Params: 2}}},
			Quiet:        1,
			MW:           mwPlain,
			NamedExec:    []int{0, 1, models.Recv, 2},
			PlainErr:     true,
		},
		&pkgFact{Analysed: true},
		&checkFact{Params: 5, Err: true},
		&ctxFact{Keys: []ctxKeyFact{{Key: `c:string:"tenant"`, T: factTaint{Kinds: uint16(models.Untrusted), Desc: `c.GetHeader("X-Tenant")`, Label: "request input", Where: "a.go:7:8"}}}},
		&funcMapFact{Entries: []funcMapEntry{{Name: "raw", Callee: `render.Funcs["raw"]`, Sum: &funcFact{
			Results: []factTaint{{Params: 1, Esc: uint8(models.EscHTML)}},
			Sinks:   []factSink{{Class: "html-trusted", Sink: "html/template.HTML", Where: "render.go:5:10", Params: 1, Ctx: uint8(models.EscHTML)}},
		}}}},
		&madeFact{Conds: []string{"goldmark-unsafe"}},
		&slotFact{NamedExec: []int{0, 1, 2}, PlainErr: true},
	}
	if len(facts) != len(Analyzer.FactTypes) {
		t.Fatalf("test covers %d fact types, Analyzer has %d", len(facts), len(Analyzer.FactTypes))
	}
	for _, f := range Analyzer.FactTypes {
		gob.Register(f)
	}
	for _, f := range facts {
		var buf bytes.Buffer
		if err := gob.NewEncoder(&buf).Encode(&f); err != nil {
			t.Fatalf("encode %T: %v", f, err)
		}
		var got analysis.Fact
		if err := gob.NewDecoder(&buf).Decode(&got); err != nil {
			t.Fatalf("decode %T: %v", f, err)
		}
		if !reflect.DeepEqual(got, f) {
			t.Errorf("round trip of %T: got %#v, want %#v", f, got, f)
		}
	}
}

// TestDeterministicFacts: the same summary always renders the same.
func TestDeterministicFacts(t *testing.T) {
	s := &summary{results: []Taint{{Params: 3}}}
	s.addSink(sinkEffect{Class: models.SQL, Sink: "b", SinkWhere: "x.go:1:1", Params: 1})
	s.addSink(sinkEffect{Class: models.SQL, Sink: "a", SinkWhere: "x.go:2:1", Params: 2})
	want := "taint(r0=p0,p1; sink sql a<-p1; sink sql b<-p0)"
	for i := 0; i < 5; i++ {
		if got := s.String(); got != want {
			t.Fatalf("String() = %q, want %q", got, want)
		}
	}
}

// TestLogSinks checks log sinks as engine sinks and the sensitive kinds
// that names give.
func TestLogSinks(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), Analyzer, "logsink")
}

// TestValidators checks the functions found to allow-list a parameter
// (validators.go).
func TestValidators(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), Analyzer, "validators")
}

// TestKeyLabel: key identities (ctxvalues.go) as messages name them.
func TestKeyLabel(t *testing.T) {
	for key, want := range map[string]string{
		`c:string:"tenant"`:        `"tenant"`,
		`c:example.com/mw.kind:1`:  `mw.kind(1)`,
		`z:example.com/mw.ctxKey`:  `mw.ctxKey{}`,
		`g:example.com/mw.SiteKey`: `mw.SiteKey`,
	} {
		if got := keyLabel(key); got != want {
			t.Errorf("keyLabel(%s) = %s, want %s", key, got, want)
		}
	}
}
