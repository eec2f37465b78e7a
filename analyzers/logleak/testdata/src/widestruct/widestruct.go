// Package widestruct: a function that reads more fields of a parameter
// than the engine has field bits for still tells its callers which field
// reaches a log: a plain field read late shares a plain field's bit, never
// the whole struct's, whose Cookie is a credential.
package widestruct

import (
	"log/slog"
	"net/http"
	"strings"
)

type Wide struct {
	Field01 string
	Field02 string
	Field03 string
	Field04 string
	Field05 string
	Field06 string
	Field07 string
	Field08 string
	Field09 string
	Field10 string
	Field11 string
	Field12 string
	Field13 string
	Field14 string
	Field15 string
	Field16 string
	Field17 string
	Field18 string
	Field19 string
	Field20 string
	Field21 string
	Field22 string
	Field23 string
	Field24 string
	Field25 string
	Field26 string
	Field27 string
	Field28 string
	Field29 string
	Field30 string
	Field31 string
	Field32 string
	Field33 string
	Cookie  string
}

func describe(w *Wide) string {
	key := w.Field01 + w.Field02 + w.Field03 + w.Field04 + w.Field05 + w.Field06 + w.Field07 + w.Field08 + w.Field09 + w.Field10 + w.Field11 + w.Field12 + w.Field13 + w.Field14 + w.Field15 + w.Field16 + w.Field17 + w.Field18 + w.Field19 + w.Field20 + w.Field21 + w.Field22 + w.Field23 + w.Field24 + w.Field25 + w.Field26 + w.Field27 + w.Field28 + w.Field29 + w.Field30 + w.Field31 + w.Field32
	slog.Info("feed", "url", w.Field33, "size", len(key)) // safe: a plain field
	return strings.ToLower(key)
}

func audit(w *Wide) {
	_ = w.Field01 + w.Field02 + w.Field03 + w.Field04 + w.Field05 + w.Field06 + w.Field07 + w.Field08 + w.Field09 + w.Field10 + w.Field11 + w.Field12 + w.Field13 + w.Field14 + w.Field15 + w.Field16 + w.Field17 + w.Field18 + w.Field19 + w.Field20 + w.Field21 + w.Field22 + w.Field23 + w.Field24 + w.Field25 + w.Field26 + w.Field27 + w.Field28 + w.Field29 + w.Field30 + w.Field31 + w.Field32
	slog.Info("feed", "cookie", w.Cookie) // want `credential \(cookie\)`
}

func Handler(r *http.Request) {
	w := &Wide{Field33: r.FormValue("url"), Cookie: r.FormValue("cookie")}
	describe(w)
	audit(w)
}
