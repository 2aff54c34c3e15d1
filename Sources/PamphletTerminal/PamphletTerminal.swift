// PamphletTerminal: the one module that talks to ncursesw.
import CNcursesw
