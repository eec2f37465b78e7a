package facts // want package:"analysed"

import (
	"database/sql"
	"fmt"
	"net/http"
	"os"
	"reflect"
	"runtime"
	"runtime/debug"
	"strings"
)

func Source(r *http.Request) string { // want Source:`taint\(r0=untrusted\{r.FormValue\("q"\)\}\)`
	return r.FormValue("q")
}

func Concat(a, b string) string { // want Concat:`taint\(r0=p0,p1/built\)`
	return a + "/" + b
}

func Upper(s string) string { // want Upper:`taint\(r0=p0\)`
	return strings.ToUpper(s)
}

func Const() string { return "x" }

func Num(s string) int { return len(s) }

func Run(db *sql.DB, q string) { // want Run:`taint\(sink sql \(\*sql.DB\).Exec<-p1\)`
	db.Exec(q)
}

func Where(db *sql.DB, w string) { // want Where:`taint\(sink sql \(\*sql.DB\).Query<-p1/built\)`
	db.Query(fmt.Sprintf("SELECT * FROM t WHERE %s", w))
}

func Wrap(db *sql.DB, q string) { // want Wrap:`taint\(sink sql \(\*sql.DB\).Exec<-p1 via facts.Run\)`
	Run(db, q)
}

type Q struct{ SQL string }

func Fill(q *Q, s string) { // want Fill:`taint\(write p0.SQL=p1/built\)`
	q.SQL = "SELECT " + s
}

func Env() string { // want Env:`taint\(r0=unknown\{os.Getenv\("X"\)\}\)`
	return os.Getenv("X")
}

func Pair(r *http.Request) (string, []any) { // want Pair:`taint\(r1=untrusted`
	return "SELECT * FROM t WHERE a = ?", []any{r.FormValue("a")}
}

type Runner struct {
	db    *sql.DB
	table string
}

func (r *Runner) Init() { // want Init:`taint\(fields 0.db,0.table; sink sql \(\*sql.DB\).Exec<-f1/built\)`
	r.db.Exec("CREATE TABLE " + r.table)
}

type Result struct {
	ID  string
	Raw string
}

func Resolve(r *http.Request) *Result { // want Resolve:`taint\(r0.Raw=untrusted\{r.FormValue\("q"\)\}\)`
	return &Result{ID: "{:p}", Raw: r.FormValue("q")}
}

// reflect hands back what it wraps.
func Reflected(v []string) any { // want Reflected:`taint\(r0=p0\)`
	return reflect.ValueOf(v).Index(0).Interface()
}

// The program's own file and function names and stack are program text:
// no fact.
func Caller() string {
	pc, file, _, _ := runtime.Caller(1)
	return file + runtime.FuncForPC(pc).Name() + string(debug.Stack())
}

// A fixed scheme before request input: safe as a URL (esc=scheme).
func AppURL(r *http.Request) string { // want AppURL:`taint\(r0=untrusted\{r.Host\}/built/esc=scheme\)`
	return "https://" + r.Host + "/"
}

// Errors whose text fmt prints: a result of interface type carries its
// dynamic values' fields, but fmt prints only their Error text.

type rejected struct{ Token string }

func (e rejected) Error() string { return "rejected" }

type quoting struct{ Token string }

func (e quoting) Error() string { return "bad " + e.Token } // want Error:`taint\(r0=credential\{e.Token\}\+f0/built; fields 0.Token\)`

func Reject(tok string) error { // want Reject:`taint\(r0=p0; text r0=\)`
	return rejected{Token: tok}
}

func Quote(tok string) error { // want Quote:`taint\(r0=p0; text r0=credential\{e.Token\}\+p0/built\)`
	return quoting{Token: tok}
}

func RejectOrQuote(tok string, q bool) error { // want RejectOrQuote:`taint\(r0=p0; text r0=credential\{e.Token\}\+p0/built\)`
	if q {
		return Quote(tok)
	}
	return Reject(tok)
}

func RejectAgain(tok string) error { // want RejectAgain:`taint\(r0=p0; text r0=\)`
	if err := Reject(tok); err != nil {
		return err
	}
	return nil
}
