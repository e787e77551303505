"""The inbox and what hangs off it: live notice lists, the detail pane, acknowledgement,
deadline alerts, delivery tracking of what we sent, and the quarantine.

`console.ui.inbox.feature.install(window)` plugs it all into the main window.
"""
