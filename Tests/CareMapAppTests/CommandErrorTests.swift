import CareMapApp
import CareMapCanvas
import CareMapKit
import Testing

/// Every refusal of a `:` command, word for word: it goes on the bottom line in the danger
/// colour and the map is left exactly as it was.
@Suite struct CommandErrorTests {
    @Test(arguments: [
        (#"add person "Hassan" id=hassan"#, "there is already a node with id 'hassan'"),
        (#"add person "Ali" id=Ali"#, "malformed id 'Ali'; ids use lowercase letters, digits and '-', starting with a letter or digit"),
        (#"add person "Ali" strenght=strong"#, "unknown attribute 'strenght'; use one of name, role, sector, lang, ring, domains, at, private, age, minor, needs-interpreter, interpreter-gender, interpreter-lang, barriers, notes"),
        (#"add person "Ali" rol=gp"#, "unknown attribute 'rol'; did you mean 'role'?"),
        (#"add person "Ali" ring=5"#, "ring: ring 5 is out of range; use 1 (closest), 2 or 3"),
        (#"add person "Ali" lang=english!"#, "lang: malformed language tag 'english!'; use a BCP 47 tag such as 'ar', 'prs' or 'en-GB'"),
        (#"add place "Ali" at=here"#, "at: malformed position 'here'; write at=X,Y in whole character cells, e.g. at=40,-12"),
        (#"add place "Ali" at=9999999,0"#, "at: malformed position '9999999,0'; write at=X,Y in whole character cells, e.g. at=40,-12"),
        ("link amira karim lang=ar,en", "lang: lang 'ar,en' names 2 languages; a tie has one, the language the two use together"),
        ("add robot Ali", #"usage: :add person|place|group "NAME" [key=value…]"#),
        (#"add person "Ali"#, #"a string is missing its closing ""#),
        (#"add person "Ali\q""#, #"unknown escape '\q' in a string; use \", \\, \n, \t or \u{HEX}"#),
        (#"add person "Ali\u{110000}""#, #"unknown escape '\u{110000' in a string; use \", \\, \n, \t or \u{HEX}"#),
        ("link amira xyzzy", "no node called 'xyzzy'"),
        ("link amira hsasan", "no node called 'hsasan'; did you mean 'hassan'?"),
        ("link amira amira", "'amira' cannot be tied to itself"),
        ("link amira karim strength=strng", "strength: unknown strength 'strng'; did you mean 'strong'?"),
        ("link amira karim via=karim", "via 'karim' is one of the tie's own ends; a go-between is a third node"),
        ("link amira karim via=nobody", "via 'nobody', which is not a node in this map"),
        ("link amira", #"usage: :link A [ARROW] B ["LABEL"] [key=value…]"#),
        ("unlink karim mosque", "no tie between 'karim' and 'mosque'"),
        (#"unlink amira karim "brother""#, "no tie between 'amira' and 'karim' labelled 'brother'"),
        ("unlink", "select a tie first, or name it: :unlink [A B [\"LABEL\"]]"),
        ("unlink amira", #"usage: :unlink [A B ["LABEL"]]"#),
        ("set", "usage: :set [A [B]] key=value…"),
        ("set hassan ring=0", "ring: ring 0 is out of range; use 1 (closest), 2 or 3"),
        ("set hassan private=maybe", "private: unknown private value 'maybe'; use one of yes, no"),
        ("set karim mosque strength=strong", "no tie between 'karim' and 'mosque'"),
        ("set amira kind=place", "unknown attribute 'kind'; use one of name, role, sector, lang, ring, domains, at, private, age, minor, needs-interpreter, interpreter-gender, interpreter-lang, barriers, notes"),
        ("set amira karim weight=2", "unknown attribute 'weight'; use one of label, direction, strength, quality, status, support, mode, lang, via, trust, barriers, reported-by, domains, notes"),
        ("rename", #"usage: :rename [A] "NAME""#),
        (#"rename nobody "X""#, "no node called 'nobody'"),
        ("id hassan amira", "there is already a node with id 'amira'"),
        ("id hassan Hassan-Ali", "malformed id 'Hassan-Ali'; ids use lowercase letters, digits and '-', starting with a letter or digit"),
        ("subject mosque", "'mosque' is a place; the subject must be a person"),
        ("subject a b", "usage: :subject [A|-]"),
        ("title", #"usage: :title "TITLE""#),
        ("pin hassan here", "usage: :pin [A] [X,Y]"),
        ("pin hassan 1,2,3", "at: malformed position '1,2,3'; write at=X,Y in whole character cells, e.g. at=40,-12"),
        ("pin amira karim", "usage: :pin [A] [X,Y]"),
        ("delete nobody", "no node called 'nobody'"),
        ("layuot rings", "unknown command 'layuot'; did you mean 'layout'?"),
    ])
    func refusals(line: String, expected: String) {
        var editor = Editor.on(sampleMap(), width: 200)
        let before = editor.map
        #expect(editor.command(line) == [])
        #expect(editor.bottomLine == expected)
        #expect(editor.message?.isError == true)
        #expect(editor.map == before)
        #expect(!editor.isModified)
    }

    @Test func severalTiesBetweenTwoNodesMustBeTold() {
        var editor = Editor.on(sampleMap())
        editor.command(#"link amira hassan "friends""#)
        let before = editor.map
        editor.command("set amira hassan strength=strong")
        #expect(editor.bottomLine == "2 ties join 'amira' and 'hassan'; select one with Tab, or add its label")
        editor.command(#"rename amira hassan "old friends""#)
        #expect(editor.bottomLine == "2 ties join 'amira' and 'hassan'; select one with Tab, or add its label")
        #expect(editor.map == before)
    }

    @Test func commandsOnANodeRefuseATie() {
        var editor = Editor.on(sampleMap())
        editor.press(.tab)
        editor.command("pin")
        #expect(editor.bottomLine == ":pin works on a node; select one or name it")
        editor.command("subject")
        #expect(editor.bottomLine == ":subject works on a node; select one or name it")
    }

    @Test func aRefusedAttributeLeavesTheOthersUnapplied() {
        var editor = Editor.on(sampleMap())
        editor.command("set hassan role=gp ring=9 notes=x")
        #expect(editor.bottomLine == "ring: ring 9 is out of range; use 1 (closest), 2 or 3")
        #expect(editor.map == sampleMap())
        #expect(editor.press(.character("u")) == [])
        #expect(editor.bottomLine == "nothing to undo")
    }
}
