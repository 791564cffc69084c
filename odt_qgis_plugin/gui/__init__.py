"""The desktop shell: menu, toolbar, dialogs and docks; no business logic here."""
