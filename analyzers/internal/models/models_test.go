package models

import (
	"regexp"
	"slices"
	"strconv"
	"testing"
)

// fullName matches types.Func.FullName: "pkg.Func", "(pkg.T).M", "(*pkg.T).M".
var fullName = regexp.MustCompile(`^(\(\*?[\w./-]+\.\w+\)\.\w+|[\w./-]+\.\w+)$`)

// TestRows checks the table conventions: well-formed keys, one row per API
// (per sink class and argument), indexes that follow the convention.
func TestRows(t *testing.T) {
	seen := map[string]bool{}
	check := func(kind, name string) {
		if !fullName.MatchString(name) {
			t.Errorf("%s row %q is not a types.Func.FullName", kind, name)
		}
		if seen[kind+name] {
			t.Errorf("%s row %q appears twice", kind, name)
		}
		seen[kind+name] = true
	}
	for _, s := range sources {
		check("source", s.Func)
		if s.Out < Result {
			t.Errorf("source %s: Out %d", s.Func, s.Out)
		}
	}
	for _, p := range propagators {
		// A function may have several rows, one per (From, To) pair.
		check("propagator "+strconv.Itoa(p.From)+"→"+strconv.Itoa(p.To), p.Func)
		if p.Build && p.Op == "" {
			t.Errorf("propagator %s builds text but names no Op", p.Func)
		}
	}
	for _, s := range sanitisers {
		check("sanitiser", s.Func)
	}
	for _, s := range sqlSinks {
		// A method may take query text in two arguments (bun's SetColumn).
		check("sink "+strconv.Itoa(s.Arg), s.Func)
		if s.Arg < 0 || s.Class == "" {
			t.Errorf("sink %s: Arg %d, Class %q", s.Func, s.Arg, s.Class)
		}
	}
	for _, p := range programText {
		check("program text", p.Func)
		if p.Pass < 0 && p.Pass != None {
			t.Errorf("program text %s: Pass %d", p.Func, p.Pass)
		}
	}
	for _, e := range namedExecs {
		check("named exec", e.Func)
		if e.Writer < 0 || e.Name < 0 || len(e.Quotes) == 0 || slices.ContainsFunc(e.Quotes, func(i int) bool { return i < 0 && i != Recv }) {
			t.Errorf("named exec %s: Writer %d, Name %d, Quotes %v", e.Func, e.Writer, e.Name, e.Quotes)
		}
	}
	for _, f := range fileReads {
		check("file read", f.Func)
		if f.FS < 0 && f.FS != None && f.FS != Recv {
			t.Errorf("file read %s: FS %d", f.Func, f.FS)
		}
	}
	for _, c := range checks {
		check("check", c.Func)
		if c.Arg < 0 || c.Pattern < 0 && c.Pattern != Recv && c.Pattern != None {
			t.Errorf("check %s: Arg %d, Pattern %d", c.Func, c.Arg, c.Pattern)
		}
	}
	for _, c := range structChecks {
		check("struct check", c.Func)
		if c.Arg < 0 || c.Tag == "" {
			t.Errorf("struct check %s: Arg %d, Tag %q", c.Func, c.Arg, c.Tag)
		}
	}
	for name, i := range patternCarriers {
		check("pattern carrier", name)
		if i < 0 && i != Recv {
			t.Errorf("pattern carrier %s: %d", name, i)
		}
	}
	for _, c := range contextValues {
		check("context value "+strconv.Itoa(c.Val), c.Func)
		if c.Key < 0 || c.Val < 0 && c.Val != Result || c.ValElem && !c.Setter() {
			t.Errorf("context value %s: Key %d, Val %d", c.Func, c.Key, c.Val)
		}
	}
	if len(SinkTable(SQL)) != len(sqlSinks) {
		t.Errorf("SinkTable(SQL) lost rows")
	}
}

func TestAllowListPattern(t *testing.T) {
	for pat, want := range map[string]bool{
		`^[a-z_]+$`:               true,
		`^\w+$`:                   true,
		`\A[A-Za-z0-9_.]{1,64}\z`: true,
		`^(asc|desc)$`:            true,
		`^asc$|^desc$`:            true,
		`^[0-9a-f-]{36}$`:         true,
		`[a-z]+`:                  false, // unanchored: "a; DROP TABLE t" matches
		`^[a-z]+`:                 false,
		`[a-z]+$`:                 false,
		`^.+$`:                    false,
		`^[\w ]+$`:                false, // a space starts another clause
		`^[^;]+$`:                 false,
		`^[\w']+$`:                false,
		`^[\w()]+$`:               false,
		`(?m)^\w+$`:               false, // a line of the text, not all of it
		`^\w+$|x`:                 false,
		`^[\pL_]+$`:               true,
		`^[\x{00}-\x{10FFFF}]+$`:  false,
		`[`:                       false,
	} {
		if got := AllowListPattern(pat); got != want {
			t.Errorf("AllowListPattern(%q) = %v, want %v", pat, got, want)
		}
	}
}

func TestSafeValidatorTag(t *testing.T) {
	for tag, want := range map[string]bool{
		"omitempty,oneof=asc desc":   true,
		"required,alphanum":          true,
		"uuid4":                      true,
		"numeric|boolean":            true,
		"max=10,number":              true,
		"eq=active":                  true,
		"datetime=2006-01-02":        true,
		"":                           false,
		"required":                   false,
		"max=10":                     false,
		"required,min=1,max=64":      false,
		"oneof=":                     false, // no values: no check
		"alphanum|email":             false, // one alternative admits quotes
		"alphaunicode":               false,
		"hexcolor":                   false, // '#' opens a MySQL comment
		"dive,oneof=a b":             false, // the elements, not the field
		"required,startswith=abc":    false,
		"omitempty,contains=x,ascii": false,
	} {
		if got := SafeValidatorTag(tag); got != want {
			t.Errorf("SafeValidatorTag(%q) = %v, want %v", tag, got, want)
		}
	}
}

// TestSplitMethod: method rows split into receiver and name; functions do
// not; every method sink row is indexed under its name.
func TestSplitMethod(t *testing.T) {
	for _, c := range []struct {
		full, recv, method string
		ptr, ok            bool
	}{
		{"(*database/sql.DB).QueryContext", "database/sql.DB", "QueryContext", true, true},
		{"(net/http.ResponseWriter).Write", "net/http.ResponseWriter", "Write", false, true},
		{"(*gorm.io/gorm.DB).Where", "gorm.io/gorm.DB", "Where", true, true},
		{"fmt.Fprintf", "", "", false, false},
	} {
		recv, ptr, method, ok := SplitMethod(c.full)
		if recv != c.recv || ptr != c.ptr || method != c.method || ok != c.ok {
			t.Errorf("SplitMethod(%q) = %q, %v, %q, %v; want %q, %v, %q, %v", c.full, recv, ptr, method, ok, c.recv, c.ptr, c.method, c.ok)
		}
	}
	for _, s := range SinkTable(SQL) {
		if _, _, m, ok := SplitMethod(s.Func); ok && !slices.Contains(MethodSinks(m), SinksFor(s.Func)[0]) {
			t.Errorf("sink %s is not indexed under %s", s.Func, m)
		}
	}
}

func TestCatalogQuery(t *testing.T) {
	for q, want := range map[string]bool{
		"SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'": true,
		"SELECT indexname FROM pg_indexes i JOIN pg_class c ON c.relname = i.tablename":  true,
		"PRAGMA index_list(patients)": true,
		"SELECT c.relname FROM pg_class c, pg_namespace n WHERE c.relnamespace = n.oid": true,
		"SELECT name FROM notes": false,
		"SELECT c.relname FROM pg_class c, notes n WHERE n.body = c.relname": false,
		"SELECT c.relname FROM pg_class AS c, notes":                         false,
		"SELECT i.indexname FROM pg_indexes i JOIN notes n ON n.id = 1":      false,
		"SELECT relname FROM pg_class, \x00":                                 false,
	} {
		if got := CatalogQuery(q); got != want {
			t.Errorf("CatalogQuery(%q) = %v, want %v", q, got, want)
		}
	}
}

func TestSensitiveHeaderKey(t *testing.T) {
	const header, cookie, form = "(net/http.Header).Get", "(*net/http.Request).Cookie", "(*net/http.Request).FormValue"
	for _, c := range []struct {
		fn, key string
		want    Kind
	}{
		{header, "X-API-Key", Credential},
		{header, "X-Reports-Key", Credential},
		{header, "Admin-Key", Credential},
		{header, "Sec-WebSocket-Key", 0},
		{header, "Idempotency-Key", 0},
		{header, "X-Public-Key", 0},
		{header, "Key", 0},
		{header, "X-Client-Version", 0},
		{form, "reports_key", 0}, // a form field named key: no header convention
		{cookie, "app_sess", Credential},
		{cookie, "theme", 0},
	} {
		if got, _ := SensitiveKey(c.fn, c.key); got != c.want {
			t.Errorf("SensitiveKey(%s, %q) = %v, want %v", c.fn, c.key, got, c.want)
		}
	}
}

func TestPatternEscapes(t *testing.T) {
	for _, tc := range []struct {
		pattern string
		want    Escape
	}{
		{`^#[0-9a-fA-F]{6}$`, EscHTML | EscCSS},
		{`^[\w .,-]{1,40}$`, EscHTML},
		{`^[^<>]+$`, 0}, // quotes and & pass
		{`[a-z #]+`, 0}, // unanchored
		{`^.+$`, 0},     // anything
		{`^(red|blue)$`, EscHTML | EscCSS},
		{`^[a-z]+ \d+$`, EscHTML},
	} {
		if got := PatternEscapes(tc.pattern); got != tc.want {
			t.Errorf("PatternEscapes(%q) = %v, want %v", tc.pattern, got, tc.want)
		}
	}
}
