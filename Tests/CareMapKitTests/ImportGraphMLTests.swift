import CareMapKit
import Testing

@Suite struct ImportGraphMLTests {
    static func importing(_ text: String) -> ImportResult {
        GraphMLImporter.importMap(file: "map.graphml", bytes: Array(text.utf8))
    }

    static func messages(_ text: String) -> [String] { importing(text).diagnostics.map(\.description) }

    /// As Gephi 0.10 writes it: `label` for the name, float coordinates, colour and size keys.
    static let gephi = """
        <?xml version="1.0" encoding="UTF-8"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">
        <key attr.name="label" attr.type="string" for="node" id="label"/>
        <key attr.name="Edge Label" attr.type="string" for="edge" id="edgelabel"/>
        <key attr.name="weight" attr.type="double" for="edge" id="weight"/>
        <key attr.name="role" attr.type="string" for="node" id="role"/>
        <key attr.name="r" attr.type="int" for="node" id="r"/>
        <key attr.name="x" attr.type="float" for="node" id="x"/>
        <key attr.name="y" attr.type="float" for="node" id="y"/>
        <key attr.name="size" attr.type="float" for="node" id="size"/>
        <graph edgedefault="undirected">
        <node id="0">
        <data key="label">Amira</data>
        <data key="role">Service user</data>
        <data key="size">10.0</data>
        <data key="r">153</data>
        <data key="x">-12.6</data>
        <data key="y">40.2</data>
        </node>
        <node id="1">
        <data key="label">Dr Bell</data>
        <data key="role">GP</data>
        </node>
        <edge id="0" source="0" target="1">
        <data key="weight">1.0</data>
        <data key="edgelabel">sees</data>
        </edge>
        </graph>
        </graphml>
        """

    /// As yEd 3 writes it: labels inside `yfiles.type` graphics data, a description key.
    static let yEd = """
        <?xml version="1.0" encoding="UTF-8" standalone="no"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:java="http://www.yworks.com/xml/yfiles-common/1.0/java" xmlns:y="http://www.yworks.com/xml/graphml" xmlns:yed="http://www.yworks.com/xml/yed/3">
          <key for="node" id="d0" yfiles.type="nodegraphics"/>
          <key attr.name="description" attr.type="string" for="node" id="d1"/>
          <key for="edge" id="d2" yfiles.type="edgegraphics"/>
          <key attr.name="url" attr.type="string" for="node" id="d3"/>
          <graph edgedefault="directed" id="G">
            <node id="n0">
              <data key="d1"><![CDATA[Speaks Arabic & English]]></data>
              <data key="d0">
                <y:ShapeNode>
                  <y:Geometry height="30.0" width="30.0" x="100.0" y="50.0"/>
                  <y:Fill color="#FFCC00" transparent="false"/>
                  <y:NodeLabel alignment="center" autoSizePolicy="content" fontFamily="Dialog">Hassan</y:NodeLabel>
                  <y:Shape type="rectangle"/>
                </y:ShapeNode>
              </data>
            </node>
            <node id="n1">
              <data key="d0">
                <y:ShapeNode><y:NodeLabel>Riverside GP</y:NodeLabel></y:ShapeNode>
              </data>
            </node>
            <edge id="e0" source="n0" target="n1">
              <data key="d2">
                <y:PolyLineEdge><y:Arrows source="none" target="standard"/><y:EdgeLabel>books for</y:EdgeLabel></y:PolyLineEdge>
              </data>
            </edge>
          </graph>
        </graphml>
        """

    /// As Network Canvas writes it: `networkCanvasType`, UUID ids, codebook variables by name.
    static let networkCanvas = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:nc="http://schema.networkcanvas.com/xmlns" nc:caseID="case-7">
          <key id="networkCanvasEgoUUID" attr.name="networkCanvasEgoUUID" attr.type="string" for="graph"/>
          <key id="label" attr.name="label" attr.type="string" for="all"/>
          <key id="type" attr.name="networkCanvasType" attr.type="string" for="all"/>
          <key id="e13ca72d" attr.name="name" attr.type="string" for="node"/>
          <key id="0f4e23b1" attr.name="close_friend" attr.type="boolean" for="node">
            <default>false</default>
          </key>
          <graph edgedefault="undirected">
            <data key="networkCanvasEgoUUID">7c1f0b1e-5b0e-4d6b-9a43-3f8e1c2b9d11</data>
            <node id="2b7d4d5a-0c55-4cf4-a5a4-5f0e7b8c3a01">
              <data key="type">person</data>
              <data key="label">Samira</data>
              <data key="e13ca72d">Samira</data>
              <data key="0f4e23b1">true</data>
            </node>
            <node id="9e8f7a6b-1c2d-4e3f-8a9b-0c1d2e3f4a5b">
              <data key="type">venue</data>
              <data key="e13ca72d">Mosque on Mill Lane</data>
            </node>
            <edge id="d4c3b2a1" source="2b7d4d5a-0c55-4cf4-a5a4-5f0e7b8c3a01" target="9e8f7a6b-1c2d-4e3f-8a9b-0c1d2e3f4a5b">
              <data key="type">attends</data>
            </edge>
          </graph>
        </graphml>
        """

    @Test func gephiLabelsRolesAndCoordinatesAreUnderstood() throws {
        let result = Self.importing(Self.gephi)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let map = try #require(result.map)
        #expect(map.nodes.values.map(\.name) == ["Amira", "Dr Bell"])
        #expect(map.nodes.values.map(\.role) == [.serviceUser, .gp])
        #expect(map.nodes["0"]?.position == MapPoint(x: -13, y: 40))
        #expect(map.nodes["0"]?.extra == ["size": "10.0", "r": "153"])
        #expect(map.links == [Link(from: "0", to: "1", direction: .none, label: "sees", extra: ["weight": "1.0"])])
    }

    @Test func yEdLabelsComeFromItsGraphicsData() throws {
        let result = Self.importing(Self.yEd)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let map = try #require(result.map)
        #expect(map.nodes.values.map(\.name) == ["Hassan", "Riverside GP"])
        #expect(map.nodes["n0"]?.notes == "Speaks Arabic & English")
        #expect(map.links == [Link(from: "n0", to: "n1", direction: .forward, label: "books for")])
    }

    @Test func networkCanvasTypesNamesAndVariablesAreUnderstood() throws {
        let result = Self.importing(Self.networkCanvas)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let map = try #require(result.map)
        #expect(map.nodes.values.map(\.name) == ["Samira", "Mosque on Mill Lane"])
        #expect(map.nodes.values.map(\.kind) == [.person, .place])
        #expect(map.nodes.values.map(\.extra) == [["x-close-friend": "true"], ["x-close-friend": "false"]])
        #expect(map.links.map(\.label) == ["attends"])
        #expect(map.links.map(\.direction) == [LinkDirection.none])
    }

    @Test func malformedXMLIsReportedAtItsLine() {
        #expect(Self.messages("<graphml>\n<graph>\n<node id=\"a\">\n</graph>\n</graphml>") == [
            "map.graphml:4:9: the file is not well-formed XML; check the tags near here",
        ])
        #expect(Self.messages("") == ["map.graphml: no <graph> element; is this a GraphML file?"])
        #expect(Self.messages("<graphml/>") == ["map.graphml: no <graph> element; is this a GraphML file?"])
    }

    @Test func unsupportedOrInconsistentGraphMLIsRefused() {
        #expect(Self.messages("<graphml><graph><node id=\"a\"><data key=\"k\">x</data></node></graph></graphml>") == [
            "map.graphml:1:43: <data> for key 'k', which no <key> declares",
        ])
        #expect(Self.messages("<graphml><graph><node id=\"a\"/><hyperedge><endpoint node=\"a\"/></hyperedge></graph></graphml>") == [
            "map.graphml:1:41: a <hyperedge>; caremap links join two nodes, so hyperedges cannot be imported",
        ])
        #expect(Self.messages("<graphml><graph><node id=\"a\"/>\n<edge source=\"a\" target=\"b\"/></graph></graphml>") == [
            "map.graphml:2:28: 'b' is not a node in this import; name a node by its id (or its name when the nodes have no ids)",
        ])
        #expect(Self.messages("<graphml><graph><node id=\"a\"><graph/></node></graph></graphml>") == [
            "map.graphml:1:36: a nested or second <graph>; caremap imports one graph per file",
        ])
    }

    @Test func badValuesAreReportedAtTheirData() {
        let text = """
            <graphml>
            <key id="s" for="edge" attr.name="strength"/>
            <key id="k" for="node" attr.name="kind"/>
            <graph><node id="a"><data key="k">robot</data></node><node id="b"/>
            <edge source="a" target="b"><data key="s">weak</data></edge></graph></graphml>
            """
        #expect(Self.messages(text) == [
            "map.graphml:4:34: unknown kind 'robot'; use one of person, place, group",
            "map.graphml:5:42: unknown strength 'weak'; use one of strong, moderate, tenuous",
        ])
    }
}

extension ImportGraphMLTests {
    @Test func aDocumentOverTenMegabytesImports() throws {
        let notes = String(repeating: "Drop-in on Tuesdays. ", count: 50)
        let nodes = (0..<11_000).map { Node(id: NodeID("n\($0)"), kind: .person, name: "Person \($0)", notes: notes) }
        let map = CareMap(nodes: nodes)
        let text = GraphMLExporter.export(map)
        try #require(text.utf8.count > 10_500_000)
        let result = Self.importing(text)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.prefix(3))")
        #expect(result.map?.nodes.count == nodes.count)
    }
}

extension ImportGraphMLTests {
    @Test func entityDeclarationsAreRefusedBeforeParsing() {
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE g [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
            <graphml><key id="l" for="node" attr.name="label"/><graph><node id="b"><data key="l">&secret;</data></node></graph></graphml>
            """
        #expect(Self.messages(text) == ["map.graphml:2:15: an entity declaration; GraphML does not need them, so caremap does not read them"])
    }
}

extension ImportGraphMLTests {
    @Test func foreignIdsBecomeUniqueCaremapIdsAndLinksFollow() throws {
        let text = """
            <graphml><graph edgedefault="undirected">
            <node id="Node A"/><node id="node-a"/><node id="_42"/>
            <edge source="Node A" target="node-a"/><edge source="_42" target="Node A"/>
            </graph></graphml>
            """
        let map = try #require(Self.importing(text).map)
        #expect(map.nodes.keys.map(\.rawValue) == ["node-a", "node-a-2", "42"])
        #expect(map.links.map { [$0.from.rawValue, $0.to.rawValue] } == [["node-a", "node-a-2"], ["42", "node-a"]])
    }

    @Test func hiddenCharactersWrittenVisiblyComeBackAsThemselves() throws {
        let text = """
            <graphml><key id="l" for="node" attr.name="label"/><graph>
            <node id="a"><data key="l">esc\\u{1B}[31m \\u{41} tab&#9;end</data></node>
            </graph></graphml>
            """
        #expect(try #require(Self.importing(text).map).nodes["a"]?.name == "esc\u{1B}[31m \\u{41} tab\tend")
    }
}
