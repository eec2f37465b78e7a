package taint

import (
	"testing"

	"github.com/sanitas-go/sanitas/analyzers/internal/models"
)

// TestHTMLContext: the context the scanner leaves after constant text,
// judged for an operand carrying request input escaped for HTML only.
func TestHTMLContext(t *testing.T) {
	htmlOnly := Taint{Kinds: models.Untrusted, Esc: models.EscHTML}
	for _, tc := range []struct {
		before string
		want   MisfitCtx // 0: fits
		attr   string
	}{
		{`<p>`, 0, ""},
		{`<p title="`, 0, ""},
		{`<a href="`, CtxURL, "href"},
		{`<a  HREF = '`, CtxURL, "href"},
		{`<a href=" `, CtxURL, "href"},
		{`<a href="/u/`, 0, ""},
		{`<a href="https://x/`, 0, ""},
		{`<a href="javascript:`, CtxJSURL, "href"},
		{`<a href=" JavaScript:load('`, CtxJSURL, "href"},
		{`<a href="java`, CtxURL, "href"},
		{`<a href="?q=`, 0, ""},
		{`<svg><a xlink:href="`, CtxURL, "xlink:href"},
		{`<img srcset="`, 0, ""}, // an image's sources run no script
		{`<video src="x" poster="`, 0, ""},
		{`<iframe src="`, CtxURL, "src"},
		{`<iframe srcdoc="`, CtxSrcdoc, "srcdoc"},
		{`<form action="`, CtxURL, "action"},
		{`<div data-url="`, 0, ""},
		{`href="`, CtxURL, "href"},
		{` src='`, CtxURL, "src"},
		{`Total=`, 0, ""},
		{`<a href="/x">`, 0, ""},
		{`<a href="/x" title="`, 0, ""},
		{`<script>var x = "`, CtxScript, ""},
		{`<script src="/a.js"></script><p>`, 0, ""},
		{`<SCRIPT>x</ScRiPt>`, 0, ""},
		{`<style>p{}</style>`, 0, ""},
		{`<button onclick="f('`, CtxScript, "onclick"},
		{`<td class=`, CtxUnquoted, "class"},
		{`<!-- <a href="`, 0, ""},
		{`<p>a < b, `, 0, ""},
	} {
		ps := []piece{{text: tc.before, isConst: true}}
		c := startCtx(ps)
		c.text(tc.before)
		fits, m := c.judge(htmlOnly, 0)
		var got MisfitCtx
		var attr string
		if m != nil {
			got, attr = m.Ctx, m.Attr
		}
		if got != tc.want || attr != tc.attr || fits != (tc.want == 0) {
			t.Errorf("after %q: got %d %q fits=%v, want %d %q", tc.before, got, attr, fits, tc.want, tc.attr)
		}
	}
}

// TestHTMLContextEscapes: which escapes fit which context.
func TestHTMLContextEscapes(t *testing.T) {
	for _, tc := range []struct {
		before string
		esc    models.Escape
		fits   bool
	}{
		{`<a href="`, models.EscURL | models.EscHTML, true},       // url.QueryEscape
		{`<a href="`, models.EscScheme | models.EscHTML, true},    // scheme checked, then escaped
		{`<a href="`, models.EscScheme, false},                    // not escaped for the attribute
		{`<script>var x = "`, models.EscJS, true},                 // template.JSEscapeString
		{`<button onclick="f('`, models.EscJS, true},              // likewise
		{`<p>`, models.EscJS, false},                              // as before: not an HTML escape
		{`<td class=`, models.EscURL | models.EscHTML, true},      // no space left
		{`<a href=`, models.EscHTML | models.EscScheme, false},    // unquoted: a space ends it
		{`<a href="/u/`, models.EscHTML | models.EscScheme, true}, // after the path, as text
	} {
		ps := []piece{{text: tc.before, isConst: true}}
		c := startCtx(ps)
		c.text(tc.before)
		if fits, _ := c.judge(Taint{Kinds: models.Untrusted, Esc: tc.esc}, 0); fits != tc.fits {
			t.Errorf("after %q with %v: fits=%v, want %v", tc.before, tc.esc, fits, tc.fits)
		}
	}
}

// TestFormatPieces: verbs, %%, * widths and explicit indexes.
func TestFormatPieces(t *testing.T) {
	ps, ok := formatPieces(`<a href="%s">%*d%%</a>`, nil, nil)
	got := ""
	for _, p := range ps {
		if p.isConst {
			got += p.text
		} else {
			got += "·"
		}
	}
	if want := `<a href="·">·%</a>`; !ok || got != want {
		t.Errorf("pieces: %q, want %q", got, want)
	}
	if _, ok := formatPieces(`%[1]s`, nil, nil); ok {
		t.Error("explicit index: want not ok")
	}
}
