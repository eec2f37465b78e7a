package models

import "strings"

// Program-defined text: names the program derives from its own declarations
// (a Go type's name, a struct tag, the table and column names an ORM parsed
// from struct definitions, the SQL type of such a column) rather than from
// data. Spliced into query text they are like constants: the program's
// author wrote them, and no caller or user can choose them.

// programTypes are named types whose values describe the program itself:
// its types (reflect) or the schema an ORM derived from its structs. Their
// values carry no data, and their methods return program-defined text.
var programTypes = map[string]bool{
	"reflect.Type":        true,
	"reflect.StructField": true,
	"reflect.StructTag":   true,
	"reflect.Method":      true,
	// xorm v1.3: the schema parsed from a bean's struct (Engine.TableInfo).
	"xorm.io/xorm/schemas.Table":  true,
	"xorm.io/xorm/schemas.Column": true,
	"xorm.io/xorm/schemas.Index":  true,
	// gorm v1.25: the schema parsed from a model's struct (schema.Parse).
	"gorm.io/gorm/schema.Schema": true,
	"gorm.io/gorm/schema.Field":  true,
}

// ProgramText is a function whose results are program-defined text.
type ProgramText struct {
	Func string
	// Pass is the index of an interface argument that may hold a name
	// instead of a value to derive one from (xorm's TableName takes a bean
	// or a table name): a string passed there is returned as it is, with
	// its taint. None when there is no such argument.
	Pass int
}

// None: a ProgramText row has no argument that passes through.
const None = -4

var programText = []ProgramText{
	// xorm v1.3: the table name of a bean (its TableName method or its
	// struct's name through the mapper); a string bean is returned as is.
	{Func: "(*xorm.io/xorm.Engine).TableName", Pass: 0},
	// The dialect's SQL type for a column definition parsed from a struct.
	{Func: "(xorm.io/xorm/dialects.Dialect).SQLType", Pass: None},
}

var programTextByFunc = map[string]*ProgramText{}

func init() {
	for i := range programText {
		programTextByFunc[programText[i].Func] = &programText[i]
	}
}

// ProgramTextFor returns the row of a function whose results are
// program-defined text, or nil.
func ProgramTextFor(fullName string) *ProgramText { return programTextByFunc[fullName] }

// FileRead is a function that reads a file by its path. A path the
// program defines (a constant, a name runtime.Caller reports, a join of
// such names) names one of the deployment's own files (a source file, a
// template, an asset, a migration's SQL), not data of unknown origin: the
// results carry what the path arguments carry, like a pure function's,
// instead of the Unknown origin of an unmodelled call. A path from the
// request still gives untrusted contents, a path read from a database
// contents of unknown origin. Like any unmodelled library's results they
// carry no credentials or personal data of the arguments (a key file's
// name is not the key). The limit: a file that the program itself fills
// with users' data at a constant path (a JSON store) is read as program
// text.
type FileRead struct {
	Func string
	// FS is the index of the file system the file is read from (an
	// fs.FS argument, or Recv), or None. A file system compiled into
	// the binary (see IsEmbeddedFS) holds only program text whatever the
	// path: then only the error, which quotes the path, carries the
	// path's taint.
	FS int
}

var fileReads = []FileRead{
	{Func: "os.ReadFile", FS: None},
	{Func: "os.Open", FS: None},
	// An fs.FS's file: the file system argument's taint joins the path's
	// (os.DirFS(dir) of a computed dir is of unknown origin).
	{Func: "io/fs.ReadFile", FS: 0},
	{Func: "(embed.FS).ReadFile", FS: Recv},
	{Func: "(embed.FS).Open", FS: Recv},
}

var fileReadByFunc = map[string]*FileRead{}

func init() {
	for i := range fileReads {
		fileReadByFunc[fileReads[i].Func] = &fileReads[i]
	}
}

// FileReadFor returns the row of a function that reads a file by its
// path, or nil.
func FileReadFor(fullName string) *FileRead { return fileReadByFunc[fullName] }

// embeddedFS are the file system types whose files are compiled into the
// binary.
var embeddedFS = map[string]bool{"embed.FS": true}

// IsEmbeddedFS reports whether values of the named type "pkg.Type" (or
// pointers to it) are file systems compiled into the binary.
func IsEmbeddedFS(named string) bool { return embeddedFS[named] }

// IsProgramType reports whether values of the named type "pkg.Type" (or
// pointers to it) describe the program's own types or schema.
func IsProgramType(named string) bool { return programTypes[named] }

// The database's catalog: a query that reads only the catalog returns the
// names and definitions of objects the program created (tables, indexes,
// constraints, sequences and their DDL), not data a user stored.

// catalogStatements are statements that only read the catalog.
var catalogStatements = map[string]bool{
	"pragma":   true, // SQLite: PRAGMA index_list(t), table_info(t)
	"show":     true, // MySQL: SHOW INDEX FROM t, SHOW COLUMNS
	"describe": true, // MySQL: DESCRIBE t
}

// catalogPrefixes name the catalog relations of the common databases.
var catalogPrefixes = []string{
	"information_schema.", // SQL standard: PostgreSQL, MySQL, SQL Server
	"pg_catalog.",
	"pg_",     // PostgreSQL's catalog relations and views: pg_indexes, pg_class
	"sys.",    // SQL Server: sys.indexes, sys.default_constraints
	"sqlite_", // SQLite: sqlite_master, sqlite_schema, sqlite_sequence
	"mysql.",
}

// CatalogQuery reports whether the query text reads only the database's
// catalog. text is the query's constant text, with each part the analysis
// could not resolve replaced by a NUL byte: such a part never names a
// catalog relation.
func CatalogQuery(text string) bool {
	// A comma stays a word of its own: it separates the relations of a
	// FROM list (FROM pg_class c, notes n).
	words := strings.FieldsFunc(strings.ReplaceAll(strings.ToLower(text), ",", " , "), func(r rune) bool {
		return (r < 'a' || r > 'z') && (r < '0' || r > '9') && r != '_' && r != '.' && r != '$' && r != 0 && r != ','
	})
	if len(words) == 0 {
		return false
	}
	if catalogStatements[words[0]] {
		return true
	}
	relations := 0
	for i, w := range words {
		if (w != "from" && w != "join") || i+1 >= len(words) {
			continue
		}
		for j := i + 1; j < len(words); {
			rel := words[j]
			if rel == "select" || rel == "lateral" || rel == "(" {
				break // a subquery: its own FROM is checked
			}
			if !catalogRelation(rel) {
				return false
			}
			relations++
			// The next relation of the list, after an optional alias.
			j++
			for k := 0; k < 2 && j < len(words) && words[j] != ","; k++ {
				if w := words[j]; w != "as" && sqlKeywords[w] {
					break
				}
				j++
			}
			if j >= len(words) || words[j] != "," {
				break
			}
			j++
		}
	}
	return relations > 0
}

// sqlKeywords end a FROM list's relation and its alias.
var sqlKeywords = map[string]bool{"where": true, "join": true, "inner": true, "left": true, "right": true, "full": true,
	"cross": true, "on": true, "group": true, "order": true, "limit": true, "having": true, "union": true, "as": true}

func catalogRelation(rel string) bool {
	if strings.ContainsRune(rel, 0) {
		return false // built from a part the analysis could not resolve
	}
	for _, p := range catalogPrefixes {
		if strings.HasPrefix(rel, p) && len(rel) > len(p) {
			return true
		}
	}
	return false
}
