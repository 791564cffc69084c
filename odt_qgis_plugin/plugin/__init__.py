"""The desktop shell: menu, toolbar, dock, dialogs; no business logic here."""
