// Package templcase: templ escapes what a component renders unless told
// not to: templ.Raw, templ.SafeURL, templ.SafeCSS and
// templ.JSUnsafeFuncCall take their text as it is.
package templcase

import (
	"context"
	"io"
	"net/http"
	"strconv"

	"github.com/a-h/templ"
)

func Note(w http.ResponseWriter, r *http.Request) {
	note := r.FormValue("note")
	_ = templ.Raw(note).Render(r.Context(), w) // want `r.FormValue\("note"\) \(request input\) passed to templ.Raw, which templ renders unescaped`
	_ = templ.Raw(templ.EscapeString(note)).Render(r.Context(), w)
	_ = templ.Raw("<hr>").Render(r.Context(), w)
	_ = templ.Raw("<p>"+strconv.Itoa(len(note))+"</p>").Render(r.Context(), w)
}

func Links(r *http.Request) []templ.SafeURL {
	next := r.URL.Query().Get("next")
	return []templ.SafeURL{
		templ.SafeURL(next), // want `r.URL.Query\(\).Get\("next"\) \(request input\) converted to templ.SafeURL, whose scheme templ does not check`
		templ.URL(next),
		templ.SafeURL("/patients/" + strconv.Itoa(len(next))),
	}
}

func Styles(r *http.Request) (templ.SafeCSS, templ.ComponentScript) {
	colour := r.FormValue("colour")
	return templ.SafeCSS("color: " + colour), // want `converted to templ.SafeCSS, which templ renders unescaped`
		templ.JSUnsafeFuncCall("greet('" + colour + "')") // want `passed to templ.JSUnsafeFuncCall, which templ renders unescaped`
}

// A component made of a function: rendering it calls the function.
func Items(w http.ResponseWriter, r *http.Request) {
	title := r.FormValue("title")
	c := templ.ComponentFunc(func(ctx context.Context, w io.Writer) error {
		_, err := io.WriteString(w, "<li>"+title+"</li>")
		return err
	})
	_ = c.Render(r.Context(), w) // want `r.FormValue\("title"\) \(request input\) written unescaped into an HTML response by io.WriteString`
}

func ItemsEscaped(w http.ResponseWriter, r *http.Request) {
	title := r.FormValue("title")
	c := templ.ComponentFunc(func(ctx context.Context, w io.Writer) error {
		_, err := io.WriteString(w, "<li>"+templ.EscapeString(title)+"</li>")
		return err
	})
	_ = c.Render(r.Context(), w)
}

// A function converted to a named function type and called.
type writeFunc func(w io.Writer)

func Converted(w http.ResponseWriter, r *http.Request) {
	title := r.FormValue("title")
	f := writeFunc(func(w io.Writer) { io.WriteString(w, "<b>"+title+"</b>") })
	f(w) // want `r.FormValue\("title"\) \(request input\) written unescaped into an HTML response by io.WriteString`
}
