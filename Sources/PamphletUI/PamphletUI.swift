// PamphletUI: the reader as a pure function of state.
// key -> Message -> update(state, message) -> (state, effects) -> view(state, size) -> Frame.
// Nothing here imports ncurses; PamphletTerminal paints the frames.
