"""The TUI's widgets, one per module, grouped by screen region: header, conversation, side panel."""
