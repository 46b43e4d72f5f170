import CareMapCanvas
import CareMapKit

extension Editor {
    /// Handles one message and returns the effects for the run loop to perform, in order.
    ///
    /// The only way the editor's state changes; ``view()`` then draws the new state.
    public mutating func update(_ message: EditorMessage) -> [Effect] {
        defer { prepareScene() }
        switch message {
        case .input(let event, let now):
            self.now = now
            return handle(event)
        case .saved(let path, let result):
            return saved(path: path, result: result)
        case .exported(let path, let result):
            switch result {
            case .success: self.message = StatusMessage("exported \(path)")
            case .failure(let failure): self.message = StatusMessage("could not export \(path): \(failure.message)", isError: true)
            }
            return []
        case .recoveryWritten(let path, let result):
            if case .failure(let failure) = result {
                self.message = StatusMessage("autosave to \(path) failed: \(failure.message)", isError: true)
            }
            return []
        case .opened(let path, let result):
            return opened(path: path, result: result)
        case .fileChangedOnDisk(let path):
            guard path == self.path else { return [] }
            document.fileChangedOnDisk = true
            self.message = StatusMessage("\(path) changed on disk; saving will ask before overwriting it", isError: true)
            return []
        case .lockHeld(let path, let holder):
            return openReadOnly(path: path, because: "\(path) is open in another caremap", saying: "\(path) is open in \(holder)")
        case .cannotWrite(let path, let reason):
            let why = "\(path) cannot be written: \(reason)"
            return openReadOnly(path: path, because: why, saying: why)
        case .lockTakenOver(let path, let holder):
            self.message = StatusMessage("took over the lock on \(path) from \(holder), which is no longer running")
            return []
        case .versionRead(let version, let result):
            versionRead(version, result: result)
            return []
        case .recoveryFound(let path, let recovered):
            guard recovered != map, !isReadOnly else { return [] }
            mode = .confirm(.restoreRecovery(path: path, map: recovered))
            return []
        }
    }

    private mutating func handle(_ event: InputEvent) -> [Effect] {
        switch event {
        case .resize(let width, let height):
            resize(width: width, height: height)
            return []
        case .idle:
            return settleAndAutosave()
        case .mouse(let mouse):
            return handleMouse(mouse)
        case .key(let key):
            return handleKey(key)
        }
    }

    /// Sends a key to whatever mode is active.
    private mutating func handleKey(_ key: Key) -> [Effect] {
        switch mode {
        case .start(let highlighted): return startScreenKey(key, highlighted: highlighted)
        case .normal:
            message = nil
            return normalKey(key)
        case .commandLine(let state): return commandLineKey(key, state: state)
        case .search(let query, let origin): return searchKey(key, query: query, origin: origin)
        case .goTo(let picker): return goToKey(key, picker: picker)
        case .prompt(let prompt): return promptKey(key, prompt: prompt)
        case .link(let source, let picker): return linkKey(key, source: source, picker: picker)
        case .move(let node, let before): return moveKey(key, node: node, before: before)
        case .form(let form): return formKey(key, form: form)
        case .confirm(let confirmation): return confirmKey(key, confirmation: confirmation)
        case .help(let scroll):
            helpKey(key, scroll: scroll)
            return []
        case .insights(let selected):
            insightsKey(key, selected: selected)
            return []
        case .changes(let selected):
            changesKey(key, selected: selected)
            return []
        }
    }

    /// A normal-mode key: outline navigation first when the outline is showing, then the keymap.
    private mutating func normalKey(_ key: Key) -> [Effect] {
        if showsOutline, outlineKey(key) { return [] }
        guard let action = Keymap.action(for: key) else {
            message = StatusMessage("\(key.label) does nothing here; ? lists every key")
            return []
        }
        return perform(action)
    }

    /// Does what a keymap action says.
    mutating func perform(_ action: Action) -> [Effect] {
        switch action {
        case .select(let direction): selectNearest(direction)
        case .pan(let direction): pan(direction, by: direction.step.dx == 0 ? 3 : 8)
        case .nextNeighbour: walkTies(forward: true)
        case .previousNeighbour: walkTies(forward: false)
        case .back: back()
        case .toggleDetails: setDetails(shown: !showsDetails)
        case .scrollPanel(let down): scrollDetails(by: down ? detailsPage : -detailsPage)
        case .search: mode = .search(query: LineEditor(), origin: selection)
        case .searchNext: repeatSearch(forward: true)
        case .searchPrevious: repeatSearch(forward: false)
        case .goTo: startGoTo()
        case .add(let kind): mode = .prompt(Prompt(purpose: .newNode(kind, near: selectedNode), answer: LineEditor()))
        case .link: startLink()
        case .edit: startForm()
        case .delete: return deleteSelection()
        case .move: startMove()
        case .zoomIn: setZoom(zoom.zoomedIn)
        case .zoomOut: setZoom(zoom.zoomedOut)
        case .fit: fitViewport()
        case .cycleLayout: cycleLayout()
        case .toggleCurtain:
            curtain.toggle()
            message = StatusMessage(curtain ? "curtain on: names hidden" : "curtain off: names shown")
        case .toggleLegend:
            showsLegend.toggle()
            layoutScreen()
        case .toggleOutline: showsOutline.toggle()
        case .undo: undo()
        case .redo: redo()
        case .save: return save(thenQuit: false)
        case .commandLine: mode = .commandLine(CommandLineState(line: LineEditor()))
        case .insights: openInsights()
        case .changes: openChanges()
        case .help: mode = .help(scroll: 0)
        case .redraw: return [.redraw]
        case .suspend: return [.suspend]
        case .quit: return quit()
        }
        return []
    }
}
