// Package xss defines an Analyzer that reports cross-site scripting: data
// that reaches an HTML page without the escaping html/template would give
// it, and untrusted text parsed as a template.
//
// # Analyzer xss
//
// xss: report unescaped data in HTML output and template injection
//
// The analyzer reads the flows that sanitas's taint engine computes into
// four kinds of sink, within a function, across functions and across
// packages. Each class has a high-severity rule for untrusted input (an
// HTTP request through net/http, gin, echo, chi, gorilla/mux, fiber or
// httprouter, also read back under the key a middleware stored it under
// with gin's c.Set or context.WithValue; command-line arguments, flags,
// standard input) and a
// medium-severity rule for data of unknown origin: a value read from the
// database (stored XSS), or text built from the result of an unmodelled
// call. Text passed through unchanged from an unmodelled call, and a
// function's parameter (checked at its callers), are not reported.
//
// Safe, and never reported: constants; numbers, booleans and times
// (strconv.Itoa, "%d"); allow-lists of constants; a value after a check
// that leaves on failure (== a constant, slices.Contains, a comma-ok map
// lookup, a loop's "found" flag over a list the program wrote, an
// anchored regexp of identifier characters, a strconv parse of
// a number), a field in every read the check guards; values escaped for the
// sink's context (html.EscapeString, template.HTMLEscapeString and
// JSEscapeString, a bluemonday policy's Sanitize unless its configuration
// lets script through (an on* attribute, AllowUnsafe, unchecked URLs),
// a strings.NewReplacer of
// constant pairs that turns each of & < > " ' into an entity, a check
// that leaves when strings.ContainsAny finds any of < > " ' or when an
// anchored regexp that admits none of < > & " ' does not match (as HTML
// escaping: not for a script, a URL's start or an unquoted value; a
// pattern that also admits no CSS punctuation, such as a hex colour,
// for CSS too),
// json.Marshal, and for
// URL and HTML contexts url.QueryEscape and template.URLQueryEscaper, not
// url.PathEscape, which keeps ':' and so a "javascript:" scheme, unless a
// prefix fixes the scheme or a check of the text's start does:
// strings.HasPrefix(u, "https://")); values that already have a trusted type
// (they were checked where they were converted); functions configured
// under settings.xss.sanitisers, when applied in the reporting function,
// and calls of them (a formatter that escapes its arguments in place,
// which the engine cannot see, is declared once there).
//
// An escaper counts only in the HTML context where its text lands: in
// markup assembled from constant text and values (concatenation, fmt
// formats with a constant format) each value carrying request input or
// stored data is placed by the constant text before it, as html/template
// does. HTML escaping does not fix a URL attribute's scheme (href="%s":
// "javascript:alert(1)" still runs; a scheme check, url.QueryEscape or a
// constant prefix such as "/users/" does), nor make text safe in a script
// element or an event-handler attribute (a JavaScript escape does, and
// counts as HTML-safe there), nor in an unquoted attribute value.
//
// ## XSS001: untrusted input converted to a trusted html/template type
//
// A conversion to template.HTML, HTMLAttr, JS, JSStr, CSS, URL or Srcset
// tells html/template the value is safe in its context, so the template
// renders it unescaped. A function that only converts its parameter (a
// wrapper such as toHTML, generic ones included) is learned as a fact and
// reported at each call that passes it input, not inside. A template
// function (a FuncMap entry) is such a wrapper called from template text:
// it is reported at the Execute call whose data it is given
// ({{nl2br .Notes}} with Notes from the request), for templates built
// with constant text. A URL whose
// scheme the program fixes (text appended to "https://" or to a configured
// base URL; a parsed URL whose Scheme was checked against https, or
// found empty: a relative URL) is safe
// as template.URL, not as template.HTML. Markdown rendered by a renderer
// that keeps raw HTML (blackfriday, gomarkdown unless its renderer has
// SkipHTML and Safelink, a goldmark Markdown built
// with html.WithUnsafe) carries its source; goldmark's defaults do not.
//
// ## XSS002: data of unknown origin converted to a trusted html/template type
//
// As XSS001, for a value read from the database or text built from
// values whose origin the analysis cannot see.
//
// ## XSS003: untrusted input rendered by text/template into an HTTP response
//
// text/template does not escape HTML. Executing it into an
// http.ResponseWriter (or a gin, echo or other response writer) with
// input in the data puts the input into the page raw. A helper that
// executes it into an io.Writer it is given is reported where it is
// called with a response writer. A template engine behind echo's or
// fiber's c.Render (an echo.Renderer, a fiber.Views) writes a response
// the framework serves as text/html: text/template executed there with
// the data the framework hands it is reported there (XSS004). Silent when
// every action escapes for where it prints ({{.Name | html}} in text), or
// when the data was escaped before (html.EscapeString) for each place an
// action prints it as it is: HTML escaping holds in text and quoted
// attributes, not in a script element or at the start of a URL, which are
// reported as such.
//
// ## XSS004: data of unknown origin rendered by text/template into an HTTP response
//
// As XSS003, for data read from the database or of unknown origin.
//
// ## XSS005: untrusted input written unescaped into an HTML response
//
// ResponseWriter.Write, fmt.Fprint*, io.WriteString, io.Copy or a
// buffer's or reader's WriteTo into a response writer, gin's c.Data, c.Writer.Write and c.String, echo's
// c.HTML, c.HTMLBlob, c.Blob and c.String, http.ServeContent of text in
// memory (strings.NewReader; typed by its name's extension: a computed
// name, a markup extension or none may be HTML), fiber's SendString, Send, Write and a *fiber.Ctx
// used as an io.Writer, and sinks
// configured under settings.xss.sinks; a helper that writes into an
// io.Writer it is given, where it is called with a response writer,
// judged by the function or closure it is given when it writes what
// that returns.
// Reported when the response is or
// may be HTML: net/http sniffs a response without a Content-Type and
// serves markup as text/html, and a computed type may be HTML. Silent when
// the function set a non-HTML Content-Type (JSON, text/plain) or a
// Content-Security-Policy that runs no script before the write (and
// before w.WriteHeader or a first write sent the headers), itself or
// through a helper that sets it on every path, or an unexported handler
// is served only behind a middleware of its package that sets one before
// calling it (plainText(http.HandlerFunc(echo))); when a handler's first
// write begins with constant text that content sniffing serves as
// text/plain ("not found: " + name, or the error of a function, in this
// package or another, whose every error begins so), or is the error of
// ExecuteTemplate with clean data (the name is quoted only behind
// "html/template: ", in an error returned before anything was written),
// or of a helper whose errors have that shape: a render(w, name, data)
// around template execution, here, in another package or installed by
// another package in a hook field (gitea's
// BodyTemplates.ExecuteTemplate), whose errors returned after it may have
// written quote nothing of its caller's but the data; when
// the data is JSON-encoded, and for http.Error. gin's and echo's c.String
// and writes into a fiber response are reported only after an HTML
// Content-Type was set. gin's c.Data and echo's c.Blob, c.HTML and
// c.HTMLBlob write their own type only when none was set: a type set
// before them is the one served.
//
// ## XSS006: data of unknown origin written unescaped into an HTML response
//
// As XSS005, for data read from the database (stored XSS) or text built
// from values of unknown origin. A file read by a path the program
// defines (a constant, a runtime.Caller file name; an embed.FS's file by
// any path) is the deployment's own file, not data of unknown origin: its
// contents carry what the path carries. The text of an error that
// fmt.Errorf or errors.New made is what the call was given, not text of
// unknown origin; a library's error is of unknown origin.
//
// ## XSS007: untrusted input parsed as a template
//
// Untrusted text reaching Parse of html/template or text/template lets the
// sender write the template: markup and script in the page, and calls of
// the data's exported methods.
package xss
