package config

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/sanitas-go/sanitas/analyzers/internal/rules"
)

// fileNames are the names Find looks for.
var fileNames = [...]string{".sanitas.yml", ".sanitas.yaml"}

// Find returns the path of the config file that applies to dir: the first
// .sanitas.yml (or .sanitas.yaml) found in the root of the module containing
// dir (the nearest directory with a go.mod, from dir upward) or in one of its
// parents. Outside any module the search starts at dir itself. Find returns ""
// and no error when there is no config file. Both names in one directory is
// an error, since it would be unclear which one counts.
func Find(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	start := dir
	for d := dir; ; {
		if isFile(filepath.Join(d, "go.mod")) {
			start = d
			break
		}
		parent := filepath.Dir(d)
		if parent == d {
			break // no module: start at dir
		}
		d = parent
	}
	for d := start; ; {
		var found []string
		for _, name := range fileNames {
			if p := filepath.Join(d, name); isFile(p) {
				found = append(found, p)
			}
		}
		switch len(found) {
		case 1:
			return found[0], nil
		case 2:
			return "", fmt.Errorf("both %s and %s exist; remove one", found[0], found[1])
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", nil
		}
		d = parent
	}
}

func isFile(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.Mode().IsRegular()
}

// Default is the configuration used when there is no config file.
func Default() *Config { return &Config{Version: 1} }

// Load reads and parses the config file at path; see Parse.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("config file %s does not exist", path)
		}
		return nil, err
	}
	return Parse(path, data)
}

// An Error is one problem in a config file. Its message has the form
//
//	path/.sanitas.yml:4:3: settings.gosec.rulez: unknown key (known: rules)
//
// Line and Col are 1-based and 0 when unknown; Key is the dotted key path of
// the offending key or value (list elements as "enable[2]"), "" for the file
// as a whole.
type Error struct {
	File      string
	Line, Col int
	Key       string
	Msg       string
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
		if e.Col > 0 {
			fmt.Fprintf(&b, ":%d", e.Col)
		}
	}
	b.WriteString(": ")
	if e.Key != "" {
		b.WriteString(e.Key)
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// maxErrors bounds how many problems Parse reports at once.
const maxErrors = 10

// Parse parses the contents of a config file; path is used in messages and
// recorded in Config.File.
//
// Parsing is strict. The YAML is walked against the Config type through its
// json tags, so an unknown key, a duplicate key or a wrongly typed value is an
// error naming its line, column and key path. The walked document is then
// converted to JSON and decoded with DisallowUnknownFields, exactly as the
// golangci-lint plugin decodes its settings, so both see the same values.
// Finally the values are checked: version must be 1, every enable and disable
// entry must name or match a rule, fail-on must be a level and every exclude
// pattern must be valid. fail-on is then lowercased ("Warning" becomes
// "warning").
//
// The error, if any, joins one *Error per problem (at most ten), sorted by
// position; errors.As finds the first.
func Parse(path string, data []byte) (*Config, error) {
	c := new(Config)
	w, err := decode(path, data, c)
	if err != nil {
		return nil, err
	}
	c.File = path
	c.validate(w)
	if err := w.err(); err != nil {
		return nil, err
	}
	return c, nil
}

// decode decodes data into dst, a pointer: the strict walk, the JSON
// round trip, then the Validators. It returns the walker for further checks.
func decode(path string, data []byte, dst any) (*walker, error) {
	w := &walker{file: path, values: map[string]*yaml.Node{}}
	root, err := w.document(data)
	if err != nil {
		return nil, err
	}
	tree := w.walk(root, reflect.TypeOf(dst).Elem(), "")
	if err := w.err(); err != nil {
		return nil, err
	}
	js, err := json.Marshal(tree)
	if err != nil {
		return nil, &Error{File: path, Msg: fmt.Sprintf("converting to JSON: %v", err)}
	}
	dec := json.NewDecoder(bytes.NewReader(js))
	dec.DisallowUnknownFields()
	if err := dec.Decode(dst); err != nil {
		// The walk accepts only what the JSON decoder does; reaching
		// here is a bug in the walker.
		return nil, &Error{File: path, Msg: fmt.Sprintf("decoding: %v", err)}
	}
	w.validateValues(reflect.ValueOf(dst).Elem(), "")
	if err := w.err(); err != nil {
		return nil, err
	}
	return w, nil
}

// validate checks the values that their types cannot.
func (c *Config) validate(w *walker) {
	if w.values["version"] == nil {
		w.errs = append(w.errs, &Error{File: w.file, Line: 1, Col: 1, Key: "version",
			Msg: `missing; add "version: 1" at the top of the file`})
	} else if c.Version != 1 {
		w.errorf(w.values["version"], "version", "unsupported version %d (want 1)", c.Version)
	}
	for _, list := range []struct {
		key   string
		items []string
	}{{"enable", c.Enable}, {"disable", c.Disable}} {
		for i, item := range list.items {
			key := fmt.Sprintf("%s[%d]", list.key, i)
			if strings.HasPrefix(item, "-") {
				w.errorf(w.values[key], key, "%q: a leading - is not allowed; list the rule under disable", item)
				continue
			}
			if _, err := rules.Match(item); err != nil {
				w.errorf(w.values[key], key, "%v", err)
			}
		}
	}
	if c.FailOn != "" {
		if l, err := rules.ParseLevel(c.FailOn); err != nil {
			w.errorf(w.values["fail-on"], "fail-on", "%v", err)
		} else {
			c.FailOn = string(l) // "Warning" -> "warning"
		}
	}
	for i, pat := range c.Exclude {
		if _, err := compileGlob(pat); err != nil {
			key := fmt.Sprintf("exclude[%d]", i)
			w.errorf(w.values[key], key, "%v", err)
		}
	}
}

// A Validator is a settings type that checks its own values beyond what
// their Go types say. After decoding, Parse calls Validate on every value in
// the Config whose type implements it (directly or through a pointer), and
// reports an error at the position of that value, with its key path:
//
//	.sanitas.yml:9:9: settings.sqlinject.sinks[0]: arg must be >= 0
//
// An analyzer's New should still reject bad settings, since the
// golangci-lint plugin does not go through Parse.
type Validator interface {
	Validate() error
}

var validatorType = reflect.TypeFor[Validator]()

// validateValues calls Validate on every Validator in v, depth first, so
// that an inner value's error is reported before its container's.
func (w *walker) validateValues(v reflect.Value, key string) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() && v.Kind() == reflect.Pointer {
			w.validateValues(v.Elem(), key)
		}
		return
	case reflect.Struct:
		fields := structFields(v.Type())
		for _, name := range slices.Sorted(maps.Keys(fields)) {
			if fv, err := v.FieldByIndexErr(fields[name].index); err == nil {
				w.validateValues(fv, joinKey(key, name))
			}
		}
	case reflect.Map:
		if v.Type().Key().Kind() == reflect.String {
			keys := v.MapKeys()
			slices.SortFunc(keys, func(a, b reflect.Value) int { return strings.Compare(a.String(), b.String()) })
			for _, k := range keys {
				e := reflect.New(v.Type().Elem()).Elem()
				e.Set(v.MapIndex(k))
				w.validateValues(e, joinKey(key, k.String()))
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			w.validateValues(v.Index(i), fmt.Sprintf("%s[%d]", key, i))
		}
	}
	if key == "" || !v.CanInterface() {
		return
	}
	var val Validator
	switch {
	case v.Type().Implements(validatorType):
		val = v.Interface().(Validator)
	case v.CanAddr() && reflect.PointerTo(v.Type()).Implements(validatorType):
		val = v.Addr().Interface().(Validator)
	case reflect.PointerTo(v.Type()).Implements(validatorType):
		p := reflect.New(v.Type())
		p.Elem().Set(v)
		val = p.Interface().(Validator)
	default:
		return
	}
	if err := val.Validate(); err != nil {
		w.errorf(w.values[key], key, "%v", err)
	}
}

// Selection applies the config's enable list, then its disable list, to
// base and returns the result; base is not modified.
func (c *Config) Selection(base rules.Selection) (rules.Selection, error) {
	out := rules.Selection{}
	for id, on := range base {
		if on {
			out[id] = true
		}
	}
	for _, pat := range c.Enable {
		ids, err := rules.Match(pat)
		if err != nil {
			return nil, fmt.Errorf("%s: enable: %w", c.name(), err)
		}
		for _, id := range ids {
			out[id] = true
		}
	}
	for _, pat := range c.Disable {
		ids, err := rules.Match(pat)
		if err != nil {
			return nil, fmt.Errorf("%s: disable: %w", c.name(), err)
		}
		for _, id := range ids {
			delete(out, id)
		}
	}
	return out, nil
}

// FailLevel is the parsed fail-on level: "" when unset (the driver's default
// applies), or error, warning, note or none.
func (c *Config) FailLevel() (rules.Level, error) {
	if c.FailOn == "" {
		return "", nil
	}
	l, err := rules.ParseLevel(c.FailOn)
	if err != nil {
		return "", fmt.Errorf("%s: fail-on: %w", c.name(), err)
	}
	return l, nil
}

// Excluded reports whether relPath, slash-separated and relative to the
// config file's directory, matches one of the exclude patterns. A path
// outside that directory ("../x") is never excluded. An invalid pattern
// (which Parse rejects) matches nothing.
func (c *Config) Excluded(relPath string) bool {
	for _, pat := range c.Exclude {
		g, err := compileGlob(pat)
		if err == nil && g.match(relPath) {
			return true
		}
	}
	return false
}

func (c *Config) name() string {
	if c.File != "" {
		return c.File
	}
	return "config"
}

// walker walks a YAML node tree against a Go type, collecting errors and
// building the equivalent JSON value (maps, slices, strings, bools,
// json.Number and nil).
type walker struct {
	file   string
	errs   []*Error
	values map[string]*yaml.Node // key path -> value node, for later checks
	depth  int
	alias  *yaml.Node // the outermost alias being walked: errors are reported there
	visits int        // nodes walked, aliases expanded (see maxVisits)
}

// maxVisits bounds the nodes walked, so that aliases of aliases (a "billion
// laughs" file in a scanned repository) cannot make the walk exponential.
const maxVisits = 100_000

// visit counts a node and reports whether the walk may go on.
func (w *walker) visit(n *yaml.Node, key string) bool {
	w.visits++
	if w.visits == maxVisits+1 {
		w.errorf(n, key, "document expands to more than %d values through aliases", maxVisits)
	}
	return w.visits <= maxVisits
}

func (w *walker) errorf(n *yaml.Node, key, format string, args ...any) {
	e := &Error{File: w.file, Key: key, Msg: fmt.Sprintf(format, args...)}
	if w.alias != nil {
		n = w.alias
		e.Msg += " (via alias)"
	}
	if n != nil {
		e.Line, e.Col = n.Line, n.Column
	}
	w.errs = append(w.errs, e)
}

func (w *walker) err() error {
	if len(w.errs) == 0 {
		return nil
	}
	slices.SortStableFunc(w.errs, func(a, b *Error) int {
		if a.Line != b.Line {
			return a.Line - b.Line
		}
		return a.Col - b.Col
	})
	errs := w.errs
	if len(errs) > maxErrors {
		errs = errs[:maxErrors]
	}
	out := make([]error, len(errs))
	for i, e := range errs {
		out[i] = e
	}
	if len(out) == 1 {
		return out[0]
	}
	return errors.Join(out...)
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// document parses data into its single YAML document's root node.
func (w *walker) document(data []byte) (*yaml.Node, error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, &Error{File: w.file, Msg: `empty config file; it needs at least "version: 1"`}
		}
		e := &Error{File: w.file, Msg: "invalid YAML: " + strings.TrimPrefix(err.Error(), "yaml: ")}
		if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
			e.Line, _ = strconv.Atoi(m[1])
			e.Msg = "invalid YAML: " + m[2]
		}
		return nil, e
	}
	if len(doc.Content) == 0 {
		return nil, &Error{File: w.file, Msg: `empty config file; it needs at least "version: 1"`}
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); !errors.Is(err, io.EOF) {
		e := &Error{File: w.file, Msg: "more than one YAML document; a config file holds one"}
		if err == nil {
			e.Line, e.Col = extra.Line, extra.Column
		}
		return nil, e
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, &Error{File: w.file, Line: root.Line, Col: root.Column,
			Msg: fmt.Sprintf("want a mapping of keys to values at the top level, got %s", describe(root))}
	}
	return root, nil
}

var (
	jsonUnmarshalerType = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// walk checks n against t and returns n's JSON equivalent. key is n's key
// path, used in errors.
func (w *walker) walk(n *yaml.Node, t reflect.Type, key string) any {
	if !w.visit(n, key) {
		return nil
	}
	if n.Kind == yaml.AliasNode {
		if w.depth > 100 || n.Alias == nil {
			w.errorf(n, key, "aliases nested too deeply")
			return nil
		}
		w.depth++
		if w.alias == nil {
			w.alias = n
		}
		defer func() {
			w.depth--
			if w.alias == n {
				w.alias = nil
			}
		}()
		return w.walk(n.Alias, t, key)
	}
	w.record(n, key)
	isNull := n.Kind == yaml.ScalarNode && n.Tag == "!!null"

	if t.Kind() == reflect.Pointer {
		if isNull {
			return nil
		}
		return w.walk(n, t.Elem(), key)
	}
	pt := reflect.PointerTo(t)
	if pt.Implements(jsonUnmarshalerType) {
		v := w.any(n, key)
		if js, err := json.Marshal(v); err == nil {
			if err := reflect.New(t).Interface().(json.Unmarshaler).UnmarshalJSON(js); err != nil {
				w.errorf(n, key, "%v", err)
			}
		}
		return v
	}
	if pt.Implements(textUnmarshalerType) {
		if !w.want(n, key, "!!str", "a string") {
			return nil
		}
		if err := reflect.New(t).Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(n.Value)); err != nil {
			w.errorf(n, key, "%v", err)
		}
		return n.Value
	}

	switch t.Kind() {
	case reflect.Interface:
		if t.NumMethod() != 0 {
			w.errorf(n, key, "internal error: cannot decode into %s", t)
			return nil
		}
		return w.any(n, key)

	case reflect.Struct:
		if isNull {
			return nil // JSON null leaves a struct as it is
		}
		if n.Kind != yaml.MappingNode {
			w.errorf(n, key, "want a mapping, got %s", describe(n))
			return nil
		}
		fields := structFields(t)
		out := map[string]any{}
		w.mapping(n, key, func(k, v *yaml.Node, sub string) {
			f, ok := fields[k.Value]
			if !ok {
				w.errorf(k, sub, "unknown key (known: %s)", strings.Join(slices.Sorted(maps.Keys(fields)), ", "))
				return
			}
			if f.quoted {
				out[k.Value] = w.quoted(v, f.typ, sub)
				return
			}
			out[k.Value] = w.walk(v, f.typ, sub)
		})
		return out

	case reflect.Map:
		if isNull {
			return nil
		}
		if t.Key().Kind() != reflect.String {
			w.errorf(n, key, "internal error: cannot decode into %s", t)
			return nil
		}
		if n.Kind != yaml.MappingNode {
			w.errorf(n, key, "want a mapping, got %s", describe(n))
			return nil
		}
		out := map[string]any{}
		w.mapping(n, key, func(k, v *yaml.Node, sub string) {
			out[k.Value] = w.walk(v, t.Elem(), sub)
		})
		return out

	case reflect.Slice, reflect.Array:
		if isNull && t.Kind() == reflect.Slice {
			return nil
		}
		if n.Kind != yaml.SequenceNode {
			hint := ""
			if n.Kind == yaml.ScalarNode && !isNull {
				hint = fmt.Sprintf(" (write [%s] for a list of one)", n.Value)
			}
			w.errorf(n, key, "want a list, got %s%s", describe(n), hint)
			return nil
		}
		if t.Kind() == reflect.Array && len(n.Content) != t.Len() {
			w.errorf(n, key, "want a list of %d, got %d", t.Len(), len(n.Content))
			return nil
		}
		out := make([]any, len(n.Content))
		for i, e := range n.Content {
			out[i] = w.walk(e, t.Elem(), fmt.Sprintf("%s[%d]", key, i))
		}
		return out

	case reflect.String:
		if w.want(n, key, "!!str", "a string") {
			return n.Value
		}
	case reflect.Bool:
		if w.want(n, key, "!!bool", "a boolean") {
			var b bool
			if err := n.Decode(&b); err != nil {
				w.errorf(n, key, "%v", err)
				return nil
			}
			return b
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if w.want(n, key, "!!int", "an integer") {
			var i int64
			if err := n.Decode(&i); err != nil || reflect.Zero(t).OverflowInt(i) {
				w.errorf(n, key, "integer %s out of range for %s", n.Value, t)
				return nil
			}
			return json.Number(strconv.FormatInt(i, 10))
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if w.want(n, key, "!!int", "a non-negative integer") {
			var u uint64
			if err := n.Decode(&u); err != nil || reflect.Zero(t).OverflowUint(u) {
				w.errorf(n, key, "integer %s out of range for %s", n.Value, t)
				return nil
			}
			return json.Number(strconv.FormatUint(u, 10))
		}
	case reflect.Float32, reflect.Float64:
		if n.Kind == yaml.ScalarNode && n.Tag == "!!int" {
			return w.number(n, key)
		}
		if w.want(n, key, "!!float", "a number") {
			return w.number(n, key)
		}
	default:
		w.errorf(n, key, "internal error: cannot decode into %s", t)
	}
	return nil
}

// record remembers the node (or the alias that led to it) holding key's
// value, for the checks after decoding.
func (w *walker) record(n *yaml.Node, key string) {
	if key == "" {
		return
	}
	if w.alias != nil {
		n = w.alias
	}
	w.values[key] = n
}

// want reports whether n is a scalar with the given tag, and records an
// error if not.
func (w *walker) want(n *yaml.Node, key, tag, what string) bool {
	if n.Kind == yaml.ScalarNode && n.Tag == tag {
		return true
	}
	hint := ""
	quoted := n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0
	switch {
	case n.Kind != yaml.ScalarNode:
	case tag == "!!str" && n.Tag != "!!null":
		hint = fmt.Sprintf(" (quote it: %q)", n.Value)
	case n.Tag != "!!str":
	case quoted && resolvesTo(n.Value, tag):
		hint = " (drop the quotes)"
	case tag == "!!bool":
		hint = " (use true or false)"
	}
	w.errorf(n, key, "want %s, got %s%s", what, describe(n), hint)
	return false
}

// resolvesTo reports whether the plain scalar s would carry the tag.
func resolvesTo(s, tag string) bool {
	var n yaml.Node
	if yaml.Unmarshal([]byte(s), &n) != nil || len(n.Content) != 1 {
		return false
	}
	got := n.Content[0].Tag
	return got == tag || tag == "!!float" && got == "!!int"
}

// quoted handles a field with the json ",string" option: a scalar of the
// field's type, carried in JSON as a string.
func (w *walker) quoted(n *yaml.Node, t reflect.Type, key string) any {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.String, reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Float32, reflect.Float64:
	default:
		return w.walk(n, t, key) // encoding/json ignores ",string" here
	}
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return nil
	}
	v := w.walk(n, t, key)
	if v == nil {
		return nil
	}
	js, err := json.Marshal(v)
	if err != nil {
		w.errorf(n, key, "%v", err)
		return nil
	}
	return string(js)
}

func (w *walker) number(n *yaml.Node, key string) any {
	var f float64
	if err := n.Decode(&f); err != nil {
		w.errorf(n, key, "%v", err)
		return nil
	}
	if math.IsInf(f, 0) || math.IsNaN(f) {
		w.errorf(n, key, "%s is not a finite number", n.Value)
		return nil
	}
	return json.Number(strconv.FormatFloat(f, 'g', -1, 64))
}

// any converts n, of no particular Go type, to JSON.
func (w *walker) any(n *yaml.Node, key string) any {
	if !w.visit(n, key) {
		return nil
	}
	w.record(n, key)
	switch n.Kind {
	case yaml.AliasNode:
		if w.depth > 100 || n.Alias == nil {
			w.errorf(n, key, "aliases nested too deeply")
			return nil
		}
		w.depth++
		if w.alias == nil {
			w.alias = n
		}
		defer func() {
			w.depth--
			if w.alias == n {
				w.alias = nil
			}
		}()
		return w.any(n.Alias, key)
	case yaml.MappingNode:
		out := map[string]any{}
		w.mapping(n, key, func(k, v *yaml.Node, sub string) {
			out[k.Value] = w.any(v, sub)
		})
		return out
	case yaml.SequenceNode:
		out := make([]any, len(n.Content))
		for i, e := range n.Content {
			out[i] = w.any(e, fmt.Sprintf("%s[%d]", key, i))
		}
		return out
	case yaml.ScalarNode:
		switch n.Tag {
		case "!!null":
			return nil
		case "!!bool":
			var b bool
			if err := n.Decode(&b); err != nil {
				w.errorf(n, key, "%v", err)
			}
			return b
		case "!!int", "!!float":
			return w.number(n, key)
		case "!!str", "!!timestamp", "!!binary":
			return n.Value // kept as written
		}
		w.errorf(n, key, "unsupported YAML tag %s", n.Tag)
		return nil
	}
	w.errorf(n, key, "unsupported YAML node")
	return nil
}

// mapping calls f for each key and value of the mapping n, rejecting
// duplicate, non-scalar and merge keys.
func (w *walker) mapping(n *yaml.Node, key string, f func(k, v *yaml.Node, sub string)) {
	seen := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		for k.Kind == yaml.AliasNode && k.Alias != nil {
			k = k.Alias
		}
		if k.Kind != yaml.ScalarNode {
			w.errorf(k, key, "want a plain key, got %s", describe(k))
			continue
		}
		sub := joinKey(key, k.Value)
		if k.Tag == "!!merge" {
			w.errorf(k, sub, "merge keys (<<) are not supported")
			continue
		}
		if first, dup := seen[k.Value]; dup {
			w.errorf(k, sub, "duplicate key (first at line %d)", first.Line)
			continue
		}
		seen[k.Value] = k
		f(k, v, sub)
	}
}

var plainKey = regexp.MustCompile(`^[A-Za-z0-9_-]+$`)

func joinKey(parent, k string) string {
	if !plainKey.MatchString(k) {
		k = strconv.Quote(k)
	}
	if parent == "" {
		return k
	}
	return parent + "." + k
}

// describe names a node's kind and value for messages: string "one",
// integer 5, null, a list, a mapping.
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		if n.Alias != nil {
			return describe(n.Alias)
		}
		return "an alias"
	case yaml.ScalarNode:
		v := n.Value
		if len(v) > 40 {
			v = v[:37] + "..."
		}
		switch n.Tag {
		case "!!null":
			return "null"
		case "!!str":
			return "string " + strconv.Quote(v)
		case "!!int":
			return "integer " + v
		case "!!float":
			return "float " + v
		case "!!bool":
			return "boolean " + v
		case "!!timestamp":
			return "timestamp " + v
		}
		return n.Tag + " " + strconv.Quote(v)
	}
	return "nothing"
}

// field is a struct field as encoding/json sees it.
type field struct {
	typ    reflect.Type
	quoted bool  // the ",string" option
	index  []int // for reflect.Value.FieldByIndexErr
}

// structFields returns t's fields by JSON name, following encoding/json:
// exported fields, json:"-" skipped, untagged embedded structs flattened.
// (encoding/json also matches keys case-insensitively; the walk does not,
// so only the exact names pass.)
func structFields(t reflect.Type) map[string]field {
	out := map[string]field{}
	var add func(t reflect.Type, prefix []int)
	add = func(t reflect.Type, prefix []int) {
		// Named fields first, so that they win over promoted ones.
		var fs []reflect.StructField
		for sf := range t.Fields() {
			if !sf.Anonymous {
				fs = append(fs, sf)
			}
		}
		for sf := range t.Fields() {
			if sf.Anonymous {
				fs = append(fs, sf)
			}
		}
		for _, sf := range fs {
			tag := sf.Tag.Get("json")
			if tag == "-" {
				continue
			}
			name, opts, _ := strings.Cut(tag, ",")
			if sf.Anonymous && name == "" {
				ft := sf.Type
				if ft.Kind() == reflect.Pointer {
					ft = ft.Elem()
				}
				if ft.Kind() == reflect.Struct {
					if len(prefix) < 10 {
						add(ft, append(slices.Clone(prefix), sf.Index...))
					}
					continue
				}
			}
			if !sf.IsExported() {
				continue
			}
			if name == "" {
				name = sf.Name
			}
			if _, dup := out[name]; dup {
				continue // the shallower field wins, as in encoding/json
			}
			quoted := slices.Contains(strings.Split(opts, ","), "string")
			index := append(slices.Clone(prefix), sf.Index...)
			out[name] = field{typ: sf.Type, quoted: quoted, index: index}
		}
	}
	add(t, nil)
	return out
}

// checkType returns an error naming the first field of t that the walk
// cannot decode, so that a settings section added with such a field fails a
// test rather than a user.
func checkType(t reflect.Type, key string, seen map[reflect.Type]bool) error {
	if seen[t] {
		return nil
	}
	seen[t] = true
	pt := reflect.PointerTo(t)
	if pt.Implements(jsonUnmarshalerType) || pt.Implements(textUnmarshalerType) {
		return nil
	}
	switch t.Kind() {
	case reflect.Pointer:
		return checkType(t.Elem(), key, seen)
	case reflect.Interface:
		if t.NumMethod() == 0 {
			return nil
		}
	case reflect.Struct:
		fields := structFields(t)
		for _, name := range slices.Sorted(maps.Keys(fields)) {
			if err := checkType(fields[name].typ, joinKey(key, name), seen); err != nil {
				return err
			}
		}
		return nil
	case reflect.Map:
		if t.Key().Kind() == reflect.String {
			return checkType(t.Elem(), key+".*", seen)
		}
	case reflect.Slice, reflect.Array:
		if t.Elem().Kind() != reflect.Uint8 { // JSON carries []byte as base64
			return checkType(t.Elem(), key+"[]", seen)
		}
	case reflect.String, reflect.Bool, reflect.Float32, reflect.Float64,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return nil
	}
	return fmt.Errorf("%s: the config loader cannot decode %s", key, t)
}
