package models

import "strings"

// Models for the HTML context of text the program assembles from constant
// pieces and operands (the engine's htmlctx.go): which attributes hold a
// URL or a script, and which calls format operands into a constant format.

// AttrKind is what the value of an HTML attribute is to the browser.
type AttrKind uint8

// The attribute kinds.
const (
	// AttrPlain: text (title, class, alt, value).
	AttrPlain AttrKind = iota
	// AttrURL: a URL the browser loads or follows, where a javascript:
	// URL runs script.
	AttrURL
	// AttrScript: an event handler, run as JavaScript after the browser
	// decodes the attribute's character references.
	AttrScript
	// AttrHTML: markup the browser parses as a document after decoding
	// the attribute's character references (an iframe's srcdoc): text
	// escaped for HTML once is markup again there.
	AttrHTML
)

// urlAttrs are the attributes html/template types as URLs (Go 1.26
// html/template attrTypeMap, srcset included), by their name after a
// namespace prefix (xlink:href, svg:href). Not its heuristics for
// custom names (data-url, g:tweetUrl): the browser does not follow those
// itself.
var urlAttrs = map[string]bool{
	"action": true, "archive": true, "background": true, "cite": true, "classid": true,
	"codebase": true, "data": true, "formaction": true, "href": true, "icon": true,
	"longdesc": true, "manifest": true, "poster": true, "profile": true, "src": true,
	"srcset": true, "usemap": true, "xmlns": true,
}

// mediaURLAttrs are URL attributes of elements that load the URL as
// media (an image, a video's poster, a caption track): a browser fetches
// it and never runs a javascript: URL there, so only breaking out of the
// attribute can inject script.
var mediaURLAttrs = map[string]map[string]bool{
	"img":    {"src": true, "srcset": true},
	"source": {"src": true, "srcset": true},
	"audio":  {"src": true},
	"video":  {"src": true, "poster": true},
	"track":  {"src": true},
}

// MediaURL reports whether the attribute attr of element tag (any case)
// loads its URL as media (mediaURLAttrs).
func MediaURL(tag, attr string) bool {
	return mediaURLAttrs[strings.ToLower(tag)][strings.ToLower(attr)]
}

// AttrKindOf returns the kind of the attribute named name (any case).
func AttrKindOf(name string) AttrKind {
	name = strings.ToLower(name)
	if prefix, short, ok := strings.Cut(name, ":"); ok {
		if prefix == "xmlns" {
			return AttrURL
		}
		name = short
	}
	switch {
	case urlAttrs[name]:
		return AttrURL
	case len(name) > 2 && strings.HasPrefix(name, "on"):
		return AttrScript // onclick, onerror, onload...
	case name == "srcdoc":
		return AttrHTML
	}
	return AttrPlain
}

// Formatter is a call that writes its operands into a format: the
// operands follow the format argument (Format, the convention of
// models.go). Appends: the first argument is text the result begins with
// (fmt.Appendf's dst).
type Formatter struct {
	Func    string
	Format  int
	Appends bool
}

var formatters = []Formatter{
	{Func: "fmt.Sprintf", Format: 0},
	{Func: "fmt.Errorf", Format: 0},
	{Func: "fmt.Fprintf", Format: 1}, // the writer is not part of the text
	{Func: "fmt.Appendf", Format: 1, Appends: true},
}

var formatterByFunc = map[string]*Formatter{}

func init() {
	for i := range formatters {
		formatterByFunc[formatters[i].Func] = &formatters[i]
	}
}

// FormatterFor returns the row of a formatting call, or nil.
func FormatterFor(fullName string) *Formatter { return formatterByFunc[fullName] }
